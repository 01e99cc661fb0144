/**
 * Plan -> apply -> plan against the stand-in API through the real planner: the second plan must be
 * empty (no perpetual diff from Cloudflare's own rules on proxied records and minimum TTLs).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startCloudflareServer, type CloudflareServer } from '../../../test/support/cloudflare-server.js';
import { normalizeDesired } from '../../plan/normalize-desired.js';
import { computePlan } from '../../plan/planner.js';
import type { DesiredRecord } from '../../records/record.js';
import type { Provider } from '../provider.js';
import { CloudflareProvider } from './cloudflare-provider.js';

let server: CloudflareServer;
let zones = 0;
beforeAll(async () => {
  server = await startCloudflareServer();
});
afterAll(() => server.stop());
afterEach(() => expect(server.schemaViolations).toEqual([]));

const defaultTtlSeconds = 300;

/** The reconcile step under test: desired records pass through the provider's normalizeRrset. */
function normalized(d: DesiredRecord, provider: Provider): DesiredRecord {
  return normalizeDesired([d], provider.normalizeRrset?.bind(provider), defaultTtlSeconds)[0]!;
}

function desired(
  name: string,
  type: string,
  targets: string[],
  extra: Partial<DesiredRecord> = {},
): DesiredRecord {
  return {
    name,
    type,
    targets,
    sources: [{ file: 'm.yaml', line: 1, kind: 'Service', name: 'svc' }],
    ...extra,
  };
}

async function plan(provider: Provider, zone: string, records: DesiredRecord[]) {
  return computePlan({
    zones: [zone],
    owner: 'test',
    ownership: { prefix: '', suffix: '', wildcardReplacement: '' },
    policy: 'sync',
    defaultTtlSeconds,
    safety: { maxChangePercent: 100, minRecords: 1000 },
    desired: records,
    protectedNames: [],
    claimedTwice: [],
    current: new Map([[zone, await provider.listRecords(zone)]]),
    supportedTypes: provider.supportedTypes,
    diagnostics: [],
  }).zones[0]!;
}

function setup(proxiedDefault: boolean) {
  const zone = `plan${++zones}.example.com`;
  server.addZone(zone);
  const provider = new CloudflareProvider({
    apiToken: server.token,
    baseURL: server.baseURL,
    proxiedDefault,
    batchSize: 200,
    pageSize: 5000,
    log: () => {},
    sleep: async () => {},
  });
  return { zone, provider };
}

describe('plan, apply, plan against Cloudflare', () => {
  it('is empty the second time for proxied records, TTLs below 120 and the proxied default', async () => {
    const { zone, provider } = setup(true);
    const records = [
      desired(`a.${zone}`, 'A', ['192.0.2.1'], { ttlSeconds: 600 }), // proxied by default: TTL 1
      desired(`b.${zone}`, 'CNAME', ['lb.example.net'], {
        providerSpecific: { 'cloudflare-proxied': 'false' },
        ttlSeconds: 60,
      }),
      desired(`c.${zone}`, 'A', ['192.0.2.3'], { providerSpecific: { 'cloudflare-proxied': 'true' } }),
      desired(`d.${zone}`, 'TXT', ['hello "world"']),
    ].map((d) => normalized(d, provider));
    const first = await plan(provider, zone, records);
    expect(first.changes.map((c) => `${c.kind} ${c.name} ${c.type}`)).toHaveLength(4);
    await provider.applyChanges(zone, first.rrsetChanges);
    const second = await plan(provider, zone, records);
    expect(second.changes).toEqual([]);
    expect(second.rrsetChanges).toEqual([]);
  });

  it('shows why the hook exists: without it a TTL on a proxied record never converges', async () => {
    const { zone, provider } = setup(true);
    const records = [desired(`p.${zone}`, 'A', ['192.0.2.1'], { ttlSeconds: 600 })];
    await provider.applyChanges(zone, (await plan(provider, zone, records)).rrsetChanges);
    const second = await plan(provider, zone, records);
    expect(second.changes.map((c) => c.kind)).toEqual(['update']);
  });

  it('flips existing records to the configured proxied default', async () => {
    const { zone, provider } = setup(false);
    const records = [desired(`f.${zone}`, 'A', ['192.0.2.1'])];
    await provider.applyChanges(
      zone,
      (
        await plan(
          provider,
          zone,
          records.map((d) => normalized(d, provider)),
        )
      ).rrsetChanges,
    );
    const proxiedProvider = setup(true).provider;
    const flipped = await plan(
      proxiedProvider,
      zone,
      records.map((d) => normalized(d, proxiedProvider)),
    );
    expect(flipped.changes.map((c) => c.kind)).toEqual(['update']);
    await proxiedProvider.applyChanges(zone, flipped.rrsetChanges);
    expect((await proxiedProvider.listRecords(zone)).find((r) => r.type === 'A')).toMatchObject({
      ttlSeconds: 1,
      providerSpecific: { 'cloudflare-proxied': 'true' },
    });
    expect(
      (
        await plan(
          proxiedProvider,
          zone,
          records.map((d) => normalized(d, proxiedProvider)),
        )
      ).changes,
    ).toEqual([]);
  });
});
