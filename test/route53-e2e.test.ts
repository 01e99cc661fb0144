/**
 * The bundled example applied by the CLI to the stand-in Route 53 API (real SDK, REST-XML on
 * 127.0.0.1): a second plan is empty, and records nobody owns are untouched.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProvider } from '../src/providers/route53/index.js';
import { cli } from './support/cli-run.js';
import { copyExample, exampleZoneRrsets } from './support/example-repo.js';
import { startRoute53Server, type Route53Server } from './support/route53-server.js';

const zone = 'example.com';

describe('the bundled example through the CLI against the Route 53 stand-in', () => {
  let server: Route53Server;
  let dir: string;
  let zoneId: string;
  let env: Record<string, string>;
  const route53 = {
    type: 'route53',
    'private-zones': false,
    alias: true,
    'evaluate-target-health': true,
    'wait-for-insync': false,
    region: 'us-east-1',
  } as const;

  beforeAll(async () => {
    server = await startRoute53Server();
    dir = copyExample({ type: 'route53' });
    env = {
      AWS_ENDPOINT_URL_ROUTE_53: server.endpoint,
      AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
      AWS_SECRET_ACCESS_KEY: 'secret',
      AWS_EC2_METADATA_DISABLED: 'true',
    };
    // Seed the hosted zone with the example zone's records (Route 53 creates SOA and apex NS itself).
    zoneId = server.createHostedZone(zone);
    const seeder = createProvider(route53, { env, baseDir: dir, log: () => {} });
    await seeder.applyChanges(
      zone,
      (await exampleZoneRrsets(dir)).map((after) => ({ kind: 'create', after })),
    );
  });
  afterAll(async () => {
    expect(server.malformed).toEqual([]);
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const held = (name: string) =>
    server
      .rrsets(zoneId)
      .filter((r) => r.name === `${name}.`)
      .map((r) => `${r.type} ${(r.values ?? []).join(',')}`)
      .sort();

  it('plan, apply, plan: converges, and leaves unowned records alone', async () => {
    const before = ['legacy.example.com', 'mail.example.com', 'status.example.com'].map(held);

    const plan = await cli(['plan', '--format', 'json', '--exit-code'], { cwd: dir, env });
    expect(plan.stderr).not.toMatch(/error/);
    expect(plan.status).toBe(2);
    const { checksum } = JSON.parse(plan.stdout);

    const apply = await cli(['apply', '--checksum', checksum], { cwd: dir, env });
    expect(apply.stderr).toContain('applied to example.com');
    expect(apply.status).toBe(0);

    const again = await cli(['plan', '--format', 'json', '--exit-code'], { cwd: dir, env });
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).zones[0].changes).toEqual([]);

    expect(['legacy.example.com', 'mail.example.com', 'status.example.com'].map(held)).toEqual(before);
    expect(held('www.example.com')).toEqual(['A 192.0.2.50']);
    expect(held('a-www.example.com')).toEqual([
      'TXT "heritage=external-dns,external-dns/owner=gitops-dns,external-dns/resource=ingress/web/web"',
    ]);
  });
});
