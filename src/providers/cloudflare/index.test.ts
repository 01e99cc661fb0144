import { describe, expect, it } from 'vitest';
import { startCloudflareServer } from '../../../test/support/cloudflare-server.js';
import { GitopsDnsError } from '../../errors.js';
import { createProvider } from './index.js';

const config = { type: 'cloudflare' as const, proxied: false, 'batch-size': 200, 'page-size': 5000 };
const ctx = (env: Record<string, string>) => ({ env, baseDir: '/tmp', log: () => {} });

describe('createProvider (cloudflare)', () => {
  it('names CLOUDFLARE_API_TOKEN when it is missing', () => {
    expect(() => createProvider(config, ctx({}))).toThrow(GitopsDnsError);
    expect(() => createProvider(config, ctx({ CLOUDFLARE_API_TOKEN: ' ' }))).toThrow(/CLOUDFLARE_API_TOKEN/);
  });

  it('takes the token from CLOUDFLARE_API_TOKEN and the endpoint from CLOUDFLARE_BASE_URL', async () => {
    const server = await startCloudflareServer();
    try {
      const zoneId = server.addZone('env.example.com');
      server.addRecord(zoneId, { name: 'www.env.example.com', type: 'A', content: '192.0.2.1', ttl: 300 });
      const env = { CLOUDFLARE_API_TOKEN: server.token, CLOUDFLARE_BASE_URL: server.baseURL };
      const provider = createProvider(config, ctx(env));
      expect((await provider.listRecords('env.example.com')).map((r) => r.name)).toEqual([
        'www.env.example.com',
      ]);
      const wrongToken = createProvider(config, ctx({ ...env, CLOUDFLARE_API_TOKEN: 'wrong' }));
      await expect(wrongToken.listRecords('env.example.com')).rejects.toThrow(/Authentication error/);
    } finally {
      await server.stop();
    }
  });
});
