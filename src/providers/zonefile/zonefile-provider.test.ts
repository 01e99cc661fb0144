import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { describeProviderContract } from '../../../test/provider-contract.js';
import { GitopsDnsError } from '../../errors.js';
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
