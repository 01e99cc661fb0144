import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCloudflareServer, type CloudflareServer } from '../../../test/support/cloudflare-server.js';
import { GitopsDnsError } from '../../errors.js';
import type { Rrset, RrsetChange } from '../../records/record.js';
import { CloudflareProvider, type CloudflareProviderOptions } from './cloudflare-provider.js';

let server: CloudflareServer;
let zoneCounter = 0;

beforeAll(async () => {
  server = await startCloudflareServer({ maxBatchOperations: 200 });
});
afterAll(() => server.stop());
afterEach(() => {
  // Every body the provider sent must match the SDK-derived schema.
  expect(server.schemaViolations).toEqual([]);
});

interface Harness {
  provider: CloudflareProvider;
  zone: string;
  zoneId: string;
  logs: string[];
  sleeps: number[];
  /** Requests made from now on, as `METHOD path`. */
  since(): string[];
}

function harness(overrides: Partial<CloudflareProviderOptions> = {}): Harness {
  const zone = `z${++zoneCounter}.example.com`;
  const zoneId = server.addZone(zone);
  const logs: string[] = [];
  const sleeps: number[] = [];
  const provider = new CloudflareProvider({
    apiToken: server.token,
    baseURL: server.baseURL,
    proxiedDefault: false,
    batchSize: 200,
    pageSize: 5000,
    log: (m) => logs.push(m),
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  });
  const start = server.requests.length;
  return {
    provider,
    zone,
    zoneId,
    logs,
    sleeps,
    since: () => server.requests.slice(start).map((r) => `${r.method} ${r.path.replace(zoneId, ':zone')}`),
  };
}

function rr(name: string, type: string, values: string[], ttlSeconds = 300, proxied?: boolean): Rrset {
  const r: Rrset = { name, type, ttlSeconds, values: [...values].sort() };
  if (proxied !== undefined) r.providerSpecific = { 'cloudflare-proxied': String(proxied) };
  return r;
}

const creates = (rrsets: Rrset[]): RrsetChange[] => rrsets.map((after) => ({ kind: 'create', after }));

async function failure(p: Promise<unknown>): Promise<GitopsDnsError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GitopsDnsError);
  return error as GitopsDnsError;
}

describe('CloudflareProvider', () => {
  it('finds zones by name and names a missing zone', async () => {
    const h = harness();
    const error = await failure(h.provider.listRecords('missing.example.org'));
    expect(error.code).toBe('provider');
    expect(error.message).toContain('missing.example.org');
    expect(await h.provider.listRecords(h.zone)).toEqual([]);
  });

  it('writes one Cloudflare record per value and lists them back grouped, sorted and unquoted', async () => {
    const h = harness();
    const rrsets = [
      rr(`www.${h.zone}`, 'A', ['192.0.2.2', '192.0.2.1']),
      rr(`www.${h.zone}`, 'TXT', ['say "hi"', 'x'.repeat(300)]),
      rr(`mail.${h.zone}`, 'MX', ['10 mx1.example.net', '20 mx2.example.net']),
      rr(`_sip._tcp.${h.zone}`, 'SRV', ['10 5 5060 sip.example.net']),
      rr(h.zone, 'CAA', ['0 issue "letsencrypt.org"']),
    ];
    await h.provider.applyChanges(h.zone, creates(rrsets));
    expect(server.records(h.zoneId)).toHaveLength(8);
    const txt = server.records(h.zoneId).find((r) => r.type === 'TXT' && r.content.startsWith('"x'));
    expect(txt?.content).toBe(`"${'x'.repeat(255)}" "${'x'.repeat(45)}"`);
    const listed = await h.provider.listRecords(h.zone);
    expect(listed).toEqual(
      [...rrsets]
        .map((r) =>
          ['A', 'AAAA', 'CNAME'].includes(r.type)
            ? { ...r, providerSpecific: { 'cloudflare-proxied': 'false' } }
            : r,
        )
        .sort((a, b) => (`${a.name}\u0000${a.type}` < `${b.name}\u0000${b.type}` ? -1 : 1)),
    );
  });

  it('lists page by page with the configured page size, without asking for an empty page', async () => {
    const h = harness({ pageSize: 5 });
    for (let i = 0; i < 23; i++)
      server.addRecord(h.zoneId, { name: `h${i}.${h.zone}`, type: 'A', content: `192.0.2.${i}`, ttl: 300 });
    const listed = await h.provider.listRecords(h.zone);
    expect(listed).toHaveLength(23);
    expect(h.since()).toEqual([
      'GET /client/v4/zones',
      ...Array(5).fill('GET /client/v4/zones/:zone/dns_records'),
    ]);
  });

  it('sends N changes as ceil(N / batchSize) batch requests and no per-record request', async () => {
    const h = harness({ batchSize: 200 });
    const rrsets = Array.from({ length: 450 }, (_, i) =>
      rr(`n${i}.${h.zone}`, 'A', [`10.0.${i >> 8}.${i & 255}`]),
    );
    await h.provider.applyChanges(h.zone, creates(rrsets));
    expect(h.since()).toEqual([
      'GET /client/v4/zones',
      ...Array(3).fill('POST /client/v4/zones/:zone/dns_records/batch'),
    ]);
    expect(server.records(h.zoneId)).toHaveLength(450);
  });

  it('applies nothing for an empty change list', async () => {
    const h = harness();
    await h.provider.applyChanges(h.zone, []);
    expect(h.since()).toEqual([]);
  });

  it('refuses an unsupported type before writing anything', async () => {
    const h = harness();
    const error = await failure(
      h.provider.applyChanges(h.zone, creates([rr(`x.${h.zone}`, 'HINFO', ['a b'])])),
    );
    expect(error.message).toContain('HINFO');
    expect(h.since()).toEqual([]);
  });

  it('switches a name from CNAME to A in one apply (deletes run before posts)', async () => {
    const h = harness({ batchSize: 1 });
    const cname = rr(`app.${h.zone}`, 'CNAME', ['lb.example.net']);
    await h.provider.applyChanges(h.zone, creates([cname]));
    const a = rr(`app.${h.zone}`, 'A', ['192.0.2.9']);
    await h.provider.applyChanges(h.zone, [
      { kind: 'create', after: a },
      { kind: 'delete', before: cname },
    ]);
    expect((await h.provider.listRecords(h.zone)).map((r) => r.type)).toEqual(['A']);
  });

  it('updates in place: kept values keep their record, changed values reuse ids, extra ones are deleted', async () => {
    const h = harness();
    const before = rr(`u.${h.zone}`, 'A', ['192.0.2.1', '192.0.2.2', '192.0.2.3']);
    await h.provider.applyChanges(h.zone, creates([before]));
    const idOf = (content: string) => server.records(h.zoneId).find((r) => r.content === content)?.id;
    const kept = idOf('192.0.2.1');
    const after = rr(`u.${h.zone}`, 'A', ['192.0.2.1', '192.0.2.9']);
    await h.provider.applyChanges(h.zone, [{ kind: 'update', before, after }]);
    expect(idOf('192.0.2.1')).toBe(kept);
    expect(
      server
        .records(h.zoneId)
        .map((r) => r.content)
        .sort(),
    ).toEqual(['192.0.2.1', '192.0.2.9']);
    expect(await h.provider.listRecords(h.zone)).toEqual([
      { ...after, providerSpecific: { 'cloudflare-proxied': 'false' } },
    ]);
  });

  it('keeps the comment and tags of a record whose value an update changes', async () => {
    const h = harness();
    const name = `c.${h.zone}`;
    for (const content of ['192.0.2.1', '192.0.2.2']) {
      server.addRecord(h.zoneId, {
        name,
        type: 'A',
        content,
        ttl: 300,
        comment: `host ${content}`,
        tags: ['team:edge'],
      });
    }
    const before = rr(name, 'A', ['192.0.2.1', '192.0.2.2']);
    await h.provider.listRecords(h.zone);
    await h.provider.applyChanges(h.zone, [
      { kind: 'update', before, after: rr(name, 'A', ['192.0.2.1', '192.0.2.9'], 600) },
    ]);
    const stored = server
      .records(h.zoneId)
      .map((r) => [r.content, r.ttl, r.comment, r.tags])
      .sort();
    expect(stored).toEqual([
      ['192.0.2.1', 600, 'host 192.0.2.1', ['team:edge']],
      ['192.0.2.9', 600, 'host 192.0.2.2', ['team:edge']],
    ]);
  });

  it('names the records of a refused batch and leaves the zone as it was', async () => {
    const h = harness();
    server.addRecord(h.zoneId, { name: `dup.${h.zone}`, type: 'A', content: '192.0.2.5', ttl: 300 });
    const before = server.records(h.zoneId);
    const error = await failure(
      h.provider.applyChanges(
        h.zone,
        creates([rr(`ok.${h.zone}`, 'A', ['192.0.2.6']), rr(`dup.${h.zone}`, 'A', ['192.0.2.5'])]),
      ),
    );
    expect(error.code).toBe('provider');
    expect(error.message).toContain(`dup.${h.zone} A 192.0.2.5`);
    expect(error.message).toContain('81058');
    expect(error.message).not.toContain(`ok.${h.zone}`);
    expect(server.records(h.zoneId)).toEqual(before);
  });

  it('retries a 429 after the Retry-After the API sent, then succeeds', async () => {
    const h = harness();
    server.failNext(429, 7);
    await h.provider.applyChanges(h.zone, creates([rr(`r.${h.zone}`, 'A', ['192.0.2.7'])]));
    expect(h.sleeps).toEqual([7000]);
    expect(h.logs.join('\n')).toMatch(/429; retrying in 7.0s/);
    expect(server.records(h.zoneId)).toHaveLength(1);
  });

  it('backs off exponentially on 5xx and gives up after maxRetries with a provider error', async () => {
    const h = harness({ maxRetries: 2 });
    for (let i = 0; i < 3; i++) server.failNext(500);
    const error = await failure(h.provider.listRecords(h.zone));
    expect(error.message).toMatch(/looking up zone .* failed: Internal server error \(10000\)/);
    expect(h.sleeps).toEqual([500, 1000]);
  });

  it('writes proxied records with TTL 1 and shows no TTL diff on the next plan', async () => {
    const h = harness({ proxiedDefault: true });
    const desired = [
      rr(`p.${h.zone}`, 'A', ['192.0.2.8'], 300),
      rr(`p.${h.zone}`, 'TXT', ['not proxiable'], 300),
    ];
    const normalized = desired.map((r) => h.provider.normalizeRrset(r));
    expect(normalized[0]).toEqual({
      ...desired[0],
      ttlSeconds: 1,
      providerSpecific: { 'cloudflare-proxied': 'true' },
    });
    expect(normalized[1]).toEqual(desired[1]);
    await h.provider.applyChanges(h.zone, creates(desired));
    expect(server.records(h.zoneId).map((r) => [r.type, r.proxied, r.ttl])).toEqual([
      ['A', true, 1],
      ['TXT', false, 300],
    ]);
    // What the planner compares: the listing equals the normalized desired rrsets, so no update.
    expect(await h.provider.listRecords(h.zone)).toEqual(normalized);
  });

  it('raises a non-proxied TTL below 120 to 120 with a warning, and normalizes the same way', async () => {
    const h = harness();
    const desired = rr(`low.${h.zone}`, 'A', ['192.0.2.10'], 60);
    await h.provider.applyChanges(h.zone, creates([desired]));
    expect(h.logs.join('\n')).toMatch(/low\..* TTL 60s is below Cloudflare's minimum; writing 120s/);
    expect(await h.provider.listRecords(h.zone)).toEqual([h.provider.normalizeRrset(desired)]);
  });

  it('turns proxying on for an existing record with a patch of its own id', async () => {
    const h = harness();
    const before = rr(`tog.${h.zone}`, 'CNAME', ['lb.example.net'], 300, false);
    await h.provider.applyChanges(h.zone, creates([before]));
    const id = server.records(h.zoneId)[0]?.id;
    const after = h.provider.normalizeRrset({
      ...before,
      providerSpecific: { 'cloudflare-proxied': 'true' },
    });
    await h.provider.applyChanges(h.zone, [{ kind: 'update', before, after }]);
    expect(server.records(h.zoneId).map((r) => [r.id, r.proxied, r.ttl])).toEqual([[id, true, 1]]);
  });
});
