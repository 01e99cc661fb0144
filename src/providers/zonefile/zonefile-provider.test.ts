import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeProviderContract } from '../../../test/provider-contract.js';
import { GitopsDnsError } from '../../errors.js';
import type { Rrset, RrsetChange } from '../../records/record.js';
import { createProvider } from './index.js';
import { ZonefileProvider } from './zonefile-provider.js';
import { rrsetLines } from './zone-file-writer.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

const apex = `$ORIGIN example.com.
$TTL 3600
@   IN SOA ns1.example.net. hostmaster.example.com. ( 2024010100 7200 900 1209600 300 )
    IN NS  ns1.example.net.
`;

async function zoneDir(text = apex): Promise<{ dir: string; file: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'gitops-dns-zonefile-'));
  dirs.push(dir);
  const file = path.join(dir, 'example.com.zone');
  await writeFile(file, text);
  return { dir, file };
}

describeProviderContract('zonefile', async () => {
  const { dir, file } = await zoneDir();
  const provider = new ZonefileProvider({ directory: dir, now: () => new Date('2025-03-04T05:06:07Z') });
  return {
    provider,
    zone: 'example.com',
    // Out of band: append master-file lines the way a person editing the file would.
    seed: async (rrsets) => {
      const text = await readFile(file, 'utf8');
      await writeFile(file, text + rrsets.flatMap((r) => rrsetLines(r)).join(''));
    },
    writes: () => provider.writes,
  };
});

describe('ZonefileProvider', () => {
  it('reports a missing zone file as a provider error naming the expected path', async () => {
    const { dir } = await zoneDir();
    const provider = new ZonefileProvider({ directory: dir });
    const error = await provider.listRecords('missing.example').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitopsDnsError);
    expect((error as GitopsDnsError).code).toBe('provider');
    expect((error as GitopsDnsError).message).toContain(path.join(dir, 'missing.example.zone'));
    await expect(
      provider.applyChanges('missing.example', [
        {
          kind: 'create',
          after: { name: 'a.missing.example', type: 'A', ttlSeconds: 60, values: ['192.0.2.1'] },
        },
      ]),
    ).rejects.toThrow(/missing\.example\.zone/);
  });
});

describe('ZonefileProvider.applyChanges', () => {
  const www: Rrset = { name: 'www.example.com', type: 'A', ttlSeconds: 300, values: ['192.0.2.1'] };
  const text = `${apex}www 300 IN A 192.0.2.1 ; keep this comment\n`;

  async function refused(
    changes: RrsetChange[],
    zone = 'example.com',
  ): Promise<{ error: unknown; before: string; after: string; files: string[] }> {
    const { dir, file } = await zoneDir(text);
    const provider = new ZonefileProvider({ directory: dir });
    const before = await readFile(file, 'utf8');
    const error = await provider.applyChanges(zone, changes).catch((e: unknown) => e);
    return { error, before, after: await readFile(file, 'utf8'), files: await readdir(dir) };
  }

  it.each<[string, RrsetChange[], RegExp]>([
    [
      'a stale before-state',
      [{ kind: 'delete', before: { ...www, values: ['192.0.2.9'] } }],
      /zone holds TTL 300 \[192\.0\.2\.1\]/,
    ],
    [
      'a missing rrset',
      [{ kind: 'delete', before: { ...www, name: 'gone.example.com' } }],
      /does not hold this rrset/,
    ],
    ['creating an existing rrset', [{ kind: 'create', after: www }], /already exists/],
    [
      'the same rrset twice',
      [
        { kind: 'delete', before: www },
        { kind: 'create', after: www },
        { kind: 'delete', before: www },
      ],
      /twice/,
    ],
    [
      'a name outside the zone',
      [{ kind: 'create', after: { ...www, name: 'www.example.org' } }],
      /outside zone example\.com/,
    ],
    [
      'an SOA change',
      [
        {
          kind: 'delete',
          before: {
            name: 'example.com',
            type: 'SOA',
            ttlSeconds: 3600,
            values: ['ns1.example.net hostmaster.example.com 2024010100 7200 900 1209600 300'],
          },
        },
      ],
      /SOA record is kept by the zone file/,
    ],
    [
      'a malformed value',
      [{ kind: 'create', after: { ...www, name: 'bad.example.com', values: ['not-an-ip'] } }],
      /"not-an-ip" is not an IPv4 address/,
    ],
    [
      'two CNAME values',
      [
        {
          kind: 'create',
          after: {
            name: 'c.example.com',
            type: 'CNAME',
            ttlSeconds: 60,
            values: ['a.example.net', 'b.example.net'],
          },
        },
      ],
      /exactly one value/,
    ],
    [
      'an empty rrset',
      [{ kind: 'create', after: { ...www, name: 'e.example.com', values: [] } }],
      /at least one value/,
    ],
    [
      'a negative TTL',
      [{ kind: 'create', after: { ...www, name: 'n.example.com', ttlSeconds: -1 } }],
      /TTL -1/,
    ],
  ])('refuses %s and leaves the file byte for byte as it was', async (_title, changes, message) => {
    const { error, before, after, files } = await refused(changes);
    expect(error).toBeInstanceOf(GitopsDnsError);
    expect((error as GitopsDnsError).code).toBe('provider');
    expect((error as GitopsDnsError).message).toMatch(message);
    expect(after).toBe(before);
    expect(files).toEqual(['example.com.zone']);
  });

  it('reports a broken zone file with its path and line, and writes nothing', async () => {
    const { dir, file } = await zoneDir(`${apex}www IN A 192.0.2.300\n`);
    const provider = new ZonefileProvider({ directory: dir });
    await expect(provider.listRecords('example.com')).rejects.toThrow(
      `${file}:5: "192.0.2.300" is not an IPv4 address`,
    );
    await expect(
      provider.applyChanges('example.com', [{ kind: 'create', after: { ...www, name: 'x.example.com' } }]),
    ).rejects.toThrow(`${file}:5:`);
    expect(provider.writes).toBe(0);
  });

  it('applies atomically: the old file is replaced by rename, no temporary file remains, the serial moves to today', async () => {
    const { dir, file } = await zoneDir(text);
    const provider = new ZonefileProvider({ directory: dir, now: () => new Date('2025-06-07T08:00:00Z') });
    await provider.applyChanges('Example.COM.', [
      { kind: 'update', before: www, after: { ...www, values: ['192.0.2.2'] } },
    ]);
    expect(await readdir(dir)).toEqual(['example.com.zone']);
    expect(await readFile(file, 'utf8')).toBe(
      apex.replace('2024010100', '2025060700') + 'www.example.com.\t300\tIN\tA\t192.0.2.2\n',
    );
    expect(provider.writes).toBe(1);
  });

  it('refuses zone names that would leave the directory', async () => {
    const { dir } = await zoneDir();
    const provider = new ZonefileProvider({ directory: dir });
    await expect(provider.listRecords('../etc/passwd')).rejects.toThrow(/is not a zone name/);
  });
});

describe('createProvider', () => {
  it('resolves the directory against the folder of the config file', async () => {
    const { dir } = await zoneDir();
    const provider = createProvider(
      { type: 'zonefile', directory: path.basename(dir) },
      { env: {}, baseDir: path.dirname(dir), log: () => undefined },
    );
    expect(provider.name).toBe('zonefile');
    expect((await provider.listRecords('example.com')).map((r) => r.type)).toEqual(['NS', 'SOA']);
  });
});
