import { describe, expect, it } from 'vitest';
import type { DesiredRecord, Rrset } from '../records/record.js';
import { normalizeDesired } from './normalize-desired.js';

const record = (extra: Partial<DesiredRecord> = {}): DesiredRecord => ({
  name: 'a.example.com',
  type: 'A',
  targets: ['192.0.2.1'],
  sources: [{ file: 'm.yaml', line: 1, kind: 'Service', name: 's' }],
  ...extra,
});
// A provider rule like Cloudflare's: proxied records get TTL 1, others at least 120.
const normalize = (r: Rrset): Rrset => ({
  ...r,
  ttlSeconds: r.providerSpecific?.['cloudflare-proxied'] === 'true' ? 1 : Math.max(120, r.ttlSeconds),
  providerSpecific: { 'cloudflare-proxied': r.providerSpecific?.['cloudflare-proxied'] ?? 'false' },
});

describe('normalizeDesired', () => {
  it.each([
    ['no hook: unchanged', undefined, record({ ttlSeconds: 60 }), { ttlSeconds: 60 }],
    ['no TTL, default kept: still not compared', normalize, record(), { targets: ['192.0.2.1'] }],
    ['TTL below the minimum is raised', normalize, record({ ttlSeconds: 60 }), { ttlSeconds: 120 }],
    [
      'proxied: TTL 1 even without a manifest TTL',
      normalize,
      record({ providerSpecific: { 'cloudflare-proxied': 'true' } }),
      { ttlSeconds: 1 },
    ],
    [
      'provider-specific defaults filled in',
      normalize,
      record(),
      { providerSpecific: { 'cloudflare-proxied': 'false' } },
    ],
  ])('%s', (_label, hook, input, expected) => {
    const [out] = normalizeDesired([input], hook, 300);
    expect(out).toMatchObject(expected);
    if (!('ttlSeconds' in expected) && input.ttlSeconds === undefined && !input.providerSpecific)
      expect(out!.ttlSeconds).toBeUndefined();
  });
});
