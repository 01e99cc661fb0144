/**
 * The bundled example applied by the CLI to the stand-in Cloudflare API (real SDK, real HTTP on
 * 127.0.0.1): a second plan is empty, and records nobody owns are untouched.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloudflareProvider } from '../src/providers/cloudflare/cloudflare-provider.js';
import { cli } from './support/cli-run.js';
import { copyExample, exampleZoneRrsets } from './support/example-repo.js';
import { startCloudflareServer, type CloudflareServer } from './support/cloudflare-server.js';

const zone = 'example.com';

describe('the bundled example through the CLI against the Cloudflare stand-in', () => {
  let server: CloudflareServer;
  let dir: string;
  let zoneId: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    server = await startCloudflareServer();
    dir = copyExample({ type: 'cloudflare' });
    env = { CLOUDFLARE_API_TOKEN: server.token, CLOUDFLARE_BASE_URL: server.baseURL };

    // Seed Cloudflare with the example zone's records (Cloudflare serves SOA and apex NS itself).
    zoneId = server.addZone(zone);
    const seeder = new CloudflareProvider({
      apiToken: server.token,
      baseURL: server.baseURL,
      proxiedDefault: false,
      batchSize: 200,
      pageSize: 100,
      log: () => {},
    });
    await seeder.applyChanges(
      zone,
      (await exampleZoneRrsets(dir)).map((after) => ({ kind: 'create', after })),
    );
  });
  afterAll(async () => {
    expect(server.schemaViolations).toEqual([]);
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('plan, apply, plan: converges, and leaves unowned records alone', async () => {
    const untouched = (name: string) =>
      server
        .records(zoneId)
        .filter((r) => r.name === name)
        .map((r) => `${r.type} ${r.content}`)
        .sort();
    const legacyBefore = untouched('legacy.example.com');
    const mailBefore = untouched('mail.example.com');
    const statusBefore = untouched('status.example.com');

    const plan = await cli(['plan', '--format', 'json', '--exit-code'], { cwd: dir, env });
    expect(plan.stderr).not.toMatch(/error/);
    expect(plan.status).toBe(2);
    const { checksum, zones } = JSON.parse(plan.stdout);
    expect(zones[0].changes.length).toBeGreaterThan(5);

    const apply = await cli(['apply', '--checksum', checksum], { cwd: dir, env });
    expect(apply.stderr).toContain('applied to example.com');
    expect(apply.status).toBe(0);

    const again = await cli(['plan', '--format', 'json', '--exit-code'], { cwd: dir, env });
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).zones[0].changes).toEqual([]);

    expect(untouched('legacy.example.com')).toEqual(legacyBefore);
    expect(untouched('mail.example.com')).toEqual(mailBefore);
    expect(untouched('status.example.com')).toEqual(statusBefore);
    expect(untouched('www.example.com')).toEqual(['A 192.0.2.50']);
  });

  it('a missing token is a clear error, and nothing is written', async () => {
    const before = server.records(zoneId).length;
    const run = await cli(['apply'], { cwd: dir, env: { CLOUDFLARE_BASE_URL: server.baseURL } });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('CLOUDFLARE_API_TOKEN');
    expect(server.records(zoneId)).toHaveLength(before);
  });
});
