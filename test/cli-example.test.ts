import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from './support/cli-run.js';

const examples = path.resolve(import.meta.dirname, '../examples');

/** Lines of a zone file that are not SOA-serial lines and not written by gitops-dns. */
function linesOf(zoneText: string): string[] {
  return zoneText.split('\n');
}

describe('the bundled example, end to end with zone files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gitops-dns-example-'));
    cpSync(examples, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('endpoints lists every kind of the example', async () => {
    const run = await cli(['endpoints', '--format', 'json'], { cwd: dir });
    const out = JSON.parse(run.stdout);
    const names = out.endpoints.map((e: { name: string; type: string }) => `${e.name} ${e.type}`);
    expect(names).toEqual(
      expect.arrayContaining([
        '*.apps.example.com A',
        '_verify.example.com TXT',
        'api-v2.example.com CNAME',
        'api.example.com CNAME',
        'blog.example.org A',
        'bookinfo.example.com A',
        'reviews.apps.example.com A',
        'shop.example.com A',
        'store.example.com A',
        'vpn.example.com A',
        'www.example.com A',
      ]),
    );
    expect(out.egress.map((e: { host: string }) => e.host)).toEqual(['api.stripe.com']);
  });

  it('plan, apply, plan: the second plan is empty and hand-written records are untouched', async () => {
    const zoneFile = path.join(dir, 'zones/example.com.zone');
    const before = readFileSync(zoneFile, 'utf8');

    const plan = await cli(['plan', '--format', 'json', '--exit-code'], { cwd: dir });
    expect(plan.stderr).not.toContain('internal error');
    expect(plan.status).toBe(2);
    const planned = JSON.parse(plan.stdout);
    const changes = planned.zones[0].changes.map(
      (c: { action: string; name: string; type: string }) => `${c.action} ${c.name} ${c.type}`,
    );
    expect(changes).toEqual([
      'delete old-app.example.com A',
      'create *.apps.example.com A',
      'create _verify.example.com TXT',
      'create api-v2.example.com CNAME',
      'create api.example.com CNAME',
      'create bookinfo.example.com A',
      'create reviews.apps.example.com A',
      'create store.example.com A',
      'create vpn.example.com A',
      'create www.example.com A',
      'update shop.example.com A',
    ]);
    const conflicts = planned.zones[0].conflicts.map(
      (c: { name: string; reason: string }) => `${c.name} ${c.reason}`,
    );
    expect(conflicts).toEqual(['legacy.example.com not-owned', 'status.example.com owned-by-other']);

    const apply = await cli(['apply', '--checksum', planned.checksum], { cwd: dir });
    expect(apply.stderr).toContain('applied to example.com');
    expect(apply.status).toBe(0);

    const again = await cli(['plan', '--format', 'json', '--exit-code'], { cwd: dir });
    expect(again.status).toBe(0);
    expect(JSON.parse(again.stdout).zones[0].changes).toEqual([]);

    // Every line that is not ours (nor the SOA serial) is still there, byte for byte.
    const after = linesOf(readFileSync(zoneFile, 'utf8'));
    const ours = /old-app|a-shop|^shop\s|2026112501/;
    for (const line of linesOf(before).filter((l) => !ours.test(l))) expect(after).toContain(line);
  });

  it('apply refuses a checksum that is not the current plan and writes nothing', async () => {
    const zoneFile = path.join(dir, 'zones/example.com.zone');
    const before = readFileSync(zoneFile, 'utf8');
    const apply = await cli(['apply', '--checksum', 'f'.repeat(64)], { cwd: dir });
    expect(apply.status).toBe(1);
    expect(apply.stderr).toMatch(/differs from the reviewed one/);
    expect(readFileSync(zoneFile, 'utf8')).toBe(before);
  });

  it('a manifest that fails to parse, or a name that loses its target, never becomes a delete', async () => {
    const applied = await cli(['apply'], { cwd: dir });
    expect(applied.status).toBe(0);
    const zoneFile = path.join(dir, 'zones/example.com.zone');
    const zoneBefore = readFileSync(zoneFile, 'utf8');

    // Break the Services file (invalid YAML in one document) and take the Ingress's target away.
    const services = path.join(dir, 'manifests/services.yaml');
    writeFileSync(services, readFileSync(services, 'utf8').replace('name: api\n', 'name: [api\n'));
    writeFileSync(
      path.join(dir, 'gitops-dns.yaml'),
      readFileSync(path.join(dir, 'gitops-dns.yaml'), 'utf8').replace(/targets:[^]*$/, ''),
    );

    const plan = await cli(['plan', '--format', 'json'], { cwd: dir });
    expect(plan.status).toBe(1); // an error diagnostic
    const planned = JSON.parse(plan.stdout);
    const actions = planned.zones[0].changes.map((c: { action: string }) => c.action);
    expect(actions).not.toContain('delete');
    expect(planned.diagnostics.map((d: { code?: string }) => d.code)).toEqual(
      expect.arrayContaining(['invalid-yaml', 'unknown-target']),
    );
    expect(planned.zones[0].kept.map((k: { name: string }) => k.name)).toEqual(
      expect.arrayContaining(['api.example.com', 'www.example.com']),
    );

    // apply refuses while the manifests have errors, and writes nothing.
    const apply = await cli(['apply'], { cwd: dir });
    expect(apply.status).toBe(1);
    expect(apply.stderr).toMatch(/error\(s\) in the manifests/);
    expect(readFileSync(zoneFile, 'utf8')).toBe(zoneBefore);
  });

  it('a provider error stops the run and writes nothing', async () => {
    const zoneFile = path.join(dir, 'zones/example.com.zone');
    rmSync(zoneFile);
    const plan = await cli(['plan'], { cwd: dir });
    expect(plan.status).toBe(1);
    expect(plan.stderr).toMatch(/provider error: .*example\.com\.zone/);
  });

  it('a bad config names the file, line and key', async () => {
    const run = await cli(['plan', '--config', path.join(dir, 'nope.yaml')], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/cannot read config file/);
  });
});
