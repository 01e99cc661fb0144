import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPowerDns, type PowerDnsServer } from '../../../test/support/powerdns-server.js';
import { GitopsDnsError } from '../../errors.js';
import { createProvider } from './index.js';

const ctx = (env: Record<string, string | undefined>) => ({ env, baseDir: '/repo', log: () => undefined });

describe('createProvider (powerdns)', () => {
  let pdns: PowerDnsServer;
  beforeAll(async () => {
    pdns = await startPowerDns();
    await pdns.createZone('factory.test');
  });
  afterAll(async () => {
    await pdns?.stop();
  });

  it('refuses to start without POWERDNS_API_KEY, naming the variable', () => {
    const build = () => createProvider({ type: 'powerdns', url: pdns.apiUrl, server: 'localhost' }, ctx({}));
    expect(build).toThrow(GitopsDnsError);
    expect(build).toThrow(/POWERDNS_API_KEY is not set/);
  });

  it('takes the key from the environment it is given and reads the zone', async () => {
    const provider = createProvider(
      { type: 'powerdns', url: pdns.apiUrl, server: pdns.server },
      ctx({ POWERDNS_API_KEY: pdns.apiKey }),
    );
    expect(provider.name).toBe('powerdns');
    const listed = await provider.listRecords('factory.test');
    expect(listed.find((r) => r.type === 'NS')?.values).toEqual(['ns1.factory.test']);
  });
});
