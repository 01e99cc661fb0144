import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { describeProviderContract } from '../../../test/provider-contract.js';
import { startCloudflareServer, type CloudflareServer } from '../../../test/support/cloudflare-server.js';
import { CloudflareProvider } from './cloudflare-provider.js';
import { encodeRecord } from './cloudflare-record.js';

let server: CloudflareServer;
let zones = 0;

beforeAll(async () => {
  server = await startCloudflareServer();
});
afterAll(() => server.stop());
afterEach(() => expect(server.schemaViolations).toEqual([]));

describeProviderContract('cloudflare', async () => {
  const zone = `contract${++zones}.example.com`;
  const zoneId = server.addZone(zone);
  const provider = new CloudflareProvider({
    apiToken: server.token,
    baseURL: server.baseURL,
    proxiedDefault: false,
    batchSize: 200,
    pageSize: 5000,
    log: () => {},
    sleep: async () => {},
  });
  return {
    provider,
    zone,
    seed: async (rrsets) => {
      for (const r of rrsets) {
        for (const value of r.values)
          server.addRecord(zoneId, { ...encodeRecord(r.name, r.type, value, r.ttlSeconds, false) });
      }
    },
    writes: () => server.requests.filter((r) => r.method !== 'GET').length,
  };
});
