import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkEgressResolution, createDnsLookup } from '../src/egress/egress-resolution.js';
import { PowerDnsProvider } from '../src/providers/powerdns/powerdns-provider.js';
import type { EgressHost } from '../src/records/egress.js';
import { startPowerDns, type PowerDnsServer } from './support/powerdns-server.js';

const host = (name: string): EgressHost => ({
  host: name,
  ports: [{ number: 443, protocol: 'HTTPS' }],
  resolution: 'DNS',
  sources: [{ file: 'mesh/egress.yaml', line: 12, kind: 'ServiceEntry', namespace: 'shop', name: name }],
});

describe('egress resolution check against a real resolver (PowerDNS on 127.0.0.1)', () => {
  let pdns: PowerDnsServer;
  beforeAll(async () => {
    pdns = await startPowerDns();
    await pdns.createZone('partner.test');
    const provider = new PowerDnsProvider({ url: pdns.apiUrl, server: pdns.server, apiKey: pdns.apiKey });
    await provider.applyChanges('partner.test', [
      {
        kind: 'create',
        after: { name: 'api.partner.test', type: 'A', ttlSeconds: 60, values: ['192.0.2.10'] },
      },
      {
        kind: 'create',
        after: { name: 'v6.partner.test', type: 'AAAA', ttlSeconds: 60, values: ['2001:db8::10'] },
      },
      {
        kind: 'create',
        after: { name: 'cdn.partner.test', type: 'CNAME', ttlSeconds: 60, values: ['api.partner.test'] },
      },
    ]);
  });
  afterAll(async () => pdns?.stop());

  it('reports hosts that no longer resolve as stale, and only those', async () => {
    const lookup = createDnsLookup([`127.0.0.1:${pdns.dnsPort}`]);
    const diagnostics = await checkEgressResolution(
      [
        host('api.partner.test'),
        host('v6.partner.test'),
        host('cdn.partner.test'),
        host('gone.partner.test'),
      ],
      lookup,
    );
    expect(diagnostics).toEqual([
      {
        severity: 'warning',
        code: 'egress-stale',
        message: 'egress host gone.partner.test no longer resolves: a stale ServiceEntry host?',
        file: 'mesh/egress.yaml',
        line: 12,
      },
    ]);
  });

  it('a zone the resolver does not serve is not called stale', async () => {
    const lookup = createDnsLookup([`127.0.0.1:${pdns.dnsPort}`], 500);
    const result = await lookup('www.not-served.test');
    // PowerDNS answers REFUSED for zones it does not hold: no proof the host is gone.
    expect(result).not.toBe('resolves');
    expect(result).not.toBe('missing');
  });
});
