import { afterAll, beforeAll, expect, it } from 'vitest';
import { startRoute53Server } from '../../../test/support/route53-server.js';
import type { Route53Server } from '../../../test/support/route53-server.js';
import { createProvider } from './index.js';

let server: Route53Server;
beforeAll(async () => {
  server = await startRoute53Server();
});
afterAll(async () => {
  await server?.stop();
});

const config = {
  type: 'route53',
  'private-zones': false,
  alias: true,
  'evaluate-target-health': true,
  'wait-for-insync': false,
  region: 'us-east-1',
} as const;

it('takes the endpoint and the keys from ctx.env', async () => {
  const id = server.createHostedZone('factory.test');
  server.seed(id, [
    { Name: 'www.factory.test.', Type: 'A', TTL: 60, ResourceRecords: [{ Value: '192.0.2.1' }] },
  ]);
  const env = {
    AWS_ENDPOINT_URL_ROUTE_53: server.endpoint,
    AWS_ACCESS_KEY_ID: 'AKIDFACTORY',
    AWS_SECRET_ACCESS_KEY: 's',
  };
  const provider = createProvider(config, { env, baseDir: '/', log: () => {} });
  const listed = await provider.listRecords('factory.test');
  expect(listed.find((r) => r.type === 'A')).toEqual({
    name: 'www.factory.test',
    type: 'A',
    ttlSeconds: 60,
    values: ['192.0.2.1'],
  });
  expect(provider.name).toBe('route53');
  expect(server.malformed).toEqual([]);
});
