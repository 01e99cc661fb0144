import { Resolver } from 'node:dns/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPowerDns, type PowerDnsServer } from './powerdns-server.js';

describe('startPowerDns', () => {
  let pdns: PowerDnsServer;
  beforeAll(async () => {
    pdns = await startPowerDns();
  });
  afterAll(async () => {
    await pdns?.stop();
  });

  it('answers the API with its key and refuses a wrong one', async () => {
    const ok = await fetch(`${pdns.apiUrl}/api/v1/servers/localhost`, {
      headers: { 'X-API-Key': pdns.apiKey },
    });
    expect(ok.status).toBe(200);
    const denied = await fetch(`${pdns.apiUrl}/api/v1/servers/localhost`, {
      headers: { 'X-API-Key': 'wrong' },
    });
    expect(denied.status).toBe(401);
  });

  it('serves a created zone over DNS on its own port', async () => {
    await pdns.createZone('support.test', ['ns1.support.test', 'ns2.support.test']);
    const resolver = new Resolver();
    resolver.setServers([`127.0.0.1:${pdns.dnsPort}`]);
    expect((await resolver.resolveNs('support.test')).sort()).toEqual([
      'ns1.support.test',
      'ns2.support.test',
    ]);
  });

  it('sends nothing off the machine: security polling is off', async () => {
    const response = await fetch(`${pdns.apiUrl}/api/v1/servers/localhost/config`, {
      headers: { 'X-API-Key': pdns.apiKey },
    });
    const settings = (await response.json()) as { name: string; value: string }[];
    expect(settings.find((setting) => setting.name === 'security-poll-suffix')).toMatchObject({ value: '' });
    expect(settings.find((setting) => setting.name === 'local-address')?.value).toBe('127.0.0.1');
  });
});
