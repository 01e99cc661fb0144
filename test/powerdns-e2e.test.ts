/**
 * The bundled example applied by the CLI to a real PowerDNS, then checked over real DNS: what the
 * plan promised is what PowerDNS serves, a second plan is empty, and records nobody owns stay.
 */
import { Resolver } from 'node:dns/promises';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { buildPatch, PowerDnsProvider } from '../src/providers/powerdns/powerdns-provider.js';
import { ZonefileProvider } from '../src/providers/zonefile/index.js';
import type { Rrset } from '../src/records/record.js';
import { cli } from './support/cli-run.js';
import { startPowerDns, type PowerDnsServer } from './support/powerdns-server.js';

const examples = path.resolve(import.meta.dirname, '../examples');
const zone = 'example.com';

interface PlannedChange {
  action: 'create' | 'update' | 'delete';
  name: string;
  type: string;
  targets?: string[];
}

let pdns: PowerDnsServer;
let dir: string;

beforeAll(async () => {
  pdns = await startPowerDns();
});
afterAll(async () => {
  await pdns?.stop();
});

/** PATCHes rrsets straight into PowerDNS, as another tool or a person would. */
async function patchOutOfBand(rrsets: Rrset[]): Promise<void> {
  const response = await fetch(`${pdns.apiUrl}/api/v1/servers/localhost/zones/${zone}.`, {
    method: 'PATCH',
    headers: { 'X-API-Key': pdns.apiKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({ rrsets: buildPatch(rrsets.map((after) => ({ kind: 'create', after }))) }),
  });
  if (!response.ok) throw new Error(`seeding: HTTP ${response.status} ${await response.text()}`);
}

async function deleteZone(): Promise<void> {
  await fetch(`${pdns.apiUrl}/api/v1/servers/localhost/zones/${zone}.`, {
    method: 'DELETE',
    headers: { 'X-API-Key': pdns.apiKey },
  });
}

/** The example repository, pointed at `apiUrl`; its zone file's records are seeded into PowerDNS. */
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'gitops-dns-pdns-e2e-'));
  cpSync(examples, dir, { recursive: true });
  await deleteZone();
  await pdns.createZone(zone, ['ns1.example.com', 'ns2.example.com']);
  const seeded = await new ZonefileProvider({ directory: path.join(dir, 'zones') }).listRecords(zone);
  await patchOutOfBand(seeded.filter((r) => r.type !== 'SOA'));
  pointConfigAt(pdns.apiUrl, { 'txt-wildcard-replacement': 'wildcard' });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/**
 * PowerDNS refuses `*` inside a label, so the ownership record of the example's wildcard name needs
 * external-dns's `txt-wildcard-replacement` (`a-wildcard.apps.example.com`).
 */
function pointConfigAt(apiUrl: string, settings: Record<string, string | undefined> = {}): void {
  const file = path.join(dir, 'gitops-dns.yaml');
  const config = parseDocument(readFileSync(file, 'utf8'));
  config.set('provider', { type: 'powerdns', url: apiUrl, server: pdns.server });
  for (const [key, value] of Object.entries(settings)) {
    if (value === undefined) config.delete(key);
    else config.set(key, value);
  }
  writeFileSync(file, config.toString());
}

const run = (argv: string[]) => cli(argv, { cwd: dir, env: { POWERDNS_API_KEY: pdns.apiKey } });
const provider = () => new PowerDnsProvider({ url: pdns.apiUrl, server: pdns.server, apiKey: pdns.apiKey });

/**
 * An HTTP proxy in front of PowerDNS's API that, when the PATCH comes, first plants `planted`
 * through the API itself: a change made by someone else between gitops-dns's read and its write,
 * which only PowerDNS can catch.
 */
async function plantingProxy(
  planted: Rrset[],
  onPlanted: () => Promise<void>,
): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        if (request.method === 'PATCH') {
          await patchOutOfBand(planted);
          await onPlanted();
        }
        const upstream = await fetch(`${pdns.apiUrl}${request.url ?? '/'}`, {
          method: request.method ?? 'GET',
          headers: Object.fromEntries(
            Object.entries(request.headers).filter(
              (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== 'host',
            ),
          ),
          ...(chunks.length > 0 ? { body: Buffer.concat(chunks) } : {}),
        });
        response.writeHead(upstream.status, {
          'Content-Type': upstream.headers.get('content-type') ?? 'text/plain',
        });
        response.end(Buffer.from(await upstream.arrayBuffer()));
      })().catch((error: unknown) => {
        response.writeHead(502);
        response.end(String(error));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What a resolver asking PowerDNS gets for a name and type, in our value form. */
async function resolve(resolver: Resolver, name: string, type: string): Promise<string[]> {
  // A wildcard record answers for any label in its place.
  const query = name.startsWith('*.') ? `e2e-probe${name.slice(1)}` : name;
  switch (type) {
    case 'A':
      return (await resolver.resolve4(query)).sort();
    case 'AAAA':
      return (await resolver.resolve6(query)).sort();
    case 'CNAME':
      return (await resolver.resolveCname(query)).sort();
    case 'TXT':
      return (await resolver.resolveTxt(query)).map((strings) => strings.join('')).sort();
    default:
      throw new Error(`no resolver check for ${type}`);
  }
}

describe('the bundled example applied to a real PowerDNS', () => {
  it('serves every planned target over DNS, plans nothing more, and leaves unowned records alone', async () => {
    const before = await provider().listRecords(zone);
    const plan = await run(['plan', '--format', 'json', '--exit-code']);
    expect(plan.stderr).not.toContain('error');
    expect(plan.status).toBe(2);
    const planned = JSON.parse(plan.stdout) as {
      checksum: string;
      zones: { zone: string; changes: PlannedChange[] }[];
    };
    const changes = planned.zones.find((z) => z.zone === zone)!.changes;
    expect(changes.filter((c) => c.action !== 'delete').length).toBeGreaterThan(5);

    const apply = await run(['apply', '--checksum', planned.checksum]);
    expect(apply.stderr).toContain(`applied to ${zone}`);
    expect(apply.status).toBe(0);

    const resolver = new Resolver({ timeout: 2_000, tries: 2 });
    resolver.setServers([`127.0.0.1:${pdns.dnsPort}`]);
    for (const change of changes.filter((c) => c.action !== 'delete')) {
      expect({ name: change.name, targets: await resolve(resolver, change.name, change.type) }).toEqual({
        name: change.name,
        targets: [...change.targets!].sort(),
      });
    }
    for (const change of changes.filter((c) => c.action === 'delete')) {
      await expect(resolve(resolver, change.name, change.type)).rejects.toMatchObject({ code: 'ENOTFOUND' });
    }

    const again = await run(['plan', '--format', 'json', '--exit-code']);
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).zones.flatMap((z: { changes: unknown[] }) => z.changes)).toEqual([]);

    // Every rrset the plan did not name is still there as it was, apart from the ownership
    // record of a deleted one (external-dns naming without prefix: `<type>-<name>`).
    const touched = new Set(changes.map((c) => c.name));
    const deletedOwnership = new Set(
      changes.filter((c) => c.action === 'delete').map((c) => `${c.type.toLowerCase()}-${c.name}`),
    );
    const kept = before.filter(
      (r) => r.type !== 'SOA' && !touched.has(r.name) && !deletedOwnership.has(r.name),
    );
    const after = await provider().listRecords(zone);
    expect(after).toEqual(expect.arrayContaining(kept));
    expect(after).not.toContainEqual(expect.objectContaining({ name: [...deletedOwnership][0] }));
    expect(after).toContainEqual({
      name: `legacy.${zone}`,
      type: 'CNAME',
      ttlSeconds: 3600,
      values: ['mail.example.com'],
    });
  });

  it('exits 1 naming the record when PowerDNS refuses the PATCH, and the zone stays as it was', async () => {
    const clash: Rrset = {
      name: `www.${zone}`,
      type: 'CNAME',
      ttlSeconds: 300,
      values: ['elsewhere.example.net'],
    };
    let atPatch: Rrset[] = [];
    const proxy = await plantingProxy([clash], async () => {
      atPatch = await provider().listRecords(zone);
    });
    try {
      pointConfigAt(proxy.url, { 'txt-wildcard-replacement': 'wildcard' });
      const apply = await run(['apply']);
      expect(apply.status).toBe(1);
      expect(apply.stderr).toContain(`at www.${zone} A`);
      expect(apply.stderr).toContain('Conflicts with pre-existing RRset');
      expect(atPatch).toContainEqual(clash);
      expect(await provider().listRecords(zone)).toEqual(atPatch);
    } finally {
      await proxy.close();
    }
  });

  it('without txt-wildcard-replacement, refuses the wildcard ownership record before writing anything', async () => {
    pointConfigAt(pdns.apiUrl, { 'txt-wildcard-replacement': undefined });
    const before = await provider().listRecords(zone);
    const apply = await run(['apply']);
    expect(apply.status).toBe(1);
    expect(apply.stderr).toContain('a-*.apps.example.com TXT');
    expect(apply.stderr).toContain("set 'txt-wildcard-replacement'");
    expect(await provider().listRecords(zone)).toEqual(before);
  });
});
