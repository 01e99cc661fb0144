import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './support/cli-run.js';

const serviceEntry = (
  name: string,
  host: string,
  port: number,
  protocol: string,
) => `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata:
  name: ${name}
  namespace: shop
spec:
  hosts: [${host}]
  location: MESH_EXTERNAL
  resolution: DNS
  ports:
    - number: ${port}
      name: p${port}
      protocol: ${protocol}
`;

describe('plan --base: egress hosts added, removed and changed against a git revision', () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
      },
    });

  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'gitops-dns-egress-'));
    mkdirSync(path.join(repo, 'deploy/mesh'), { recursive: true });
    mkdirSync(path.join(repo, 'deploy/zones'), { recursive: true });
    writeFileSync(
      path.join(repo, 'deploy/gitops-dns.yaml'),
      'owner: t\nmanifests: ["mesh/*.yaml"]\nzones: [example.com]\nprovider: { type: zonefile, directory: zones }\n',
    );
    writeFileSync(
      path.join(repo, 'deploy/zones/example.com.zone'),
      '$ORIGIN example.com.\n@ 3600 IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ 3600 IN NS ns1\nns1 3600 IN A 192.0.2.1\n',
    );
    writeFileSync(
      path.join(repo, 'deploy/mesh/stripe.yaml'),
      serviceEntry('stripe', 'api.stripe.com', 443, 'HTTPS'),
    );
    writeFileSync(
      path.join(repo, 'deploy/mesh/github.yaml'),
      serviceEntry('github', 'github.com', 443, 'HTTPS'),
    );
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-q', '-m', 'base');
    rmSync(path.join(repo, 'deploy/mesh/github.yaml'));
    writeFileSync(path.join(repo, 'deploy/mesh/pypi.yaml'), serviceEntry('pypi', 'pypi.org', 443, 'TLS'));
    writeFileSync(
      path.join(repo, 'deploy/mesh/stripe.yaml'),
      serviceEntry('stripe', 'api.stripe.com', 8443, 'TLS'),
    );
    git('add', '-A');
    git('commit', '-q', '-m', 'head');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('shows the differences in JSON and text', async () => {
    const cwd = path.join(repo, 'deploy');
    const json = await cli(['plan', '--base', 'HEAD~1', '--format', 'json'], { cwd });
    expect(json.stderr).not.toContain('error');
    expect(json.status).toBe(0);
    const egress = JSON.parse(json.stdout).egress;
    expect(egress.base).toBe('HEAD~1');
    expect(egress.added.map((h: { host: string }) => h.host)).toEqual(['pypi.org']);
    expect(egress.removed.map((h: { host: string }) => h.host)).toEqual(['github.com']);
    expect(egress.changed.map((c: { host: string }) => c.host)).toEqual(['api.stripe.com']);
    // Sources of the removed host point at the base revision's file.
    expect(egress.removed[0].sources[0]).toMatchObject({
      file: 'deploy/mesh/github.yaml',
      kind: 'ServiceEntry',
    });

    const text = await cli(['plan', '--base', 'HEAD~1'], { cwd });
    expect(text.stdout).toContain('pypi.org');
    expect(text.stdout).toContain('github.com');
  });

  it('a base that is not a revision is a clear error', async () => {
    const run = await cli(['plan', '--base', 'no-such-branch'], { cwd: path.join(repo, 'deploy') });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/git error: .*no-such-branch/);
  });
});
