import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './support/cli-run.js';
import { createGitRepo, type GitRepo } from './support/git-repo.js';

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
  let repo: GitRepo;

  beforeAll(() => {
    repo = createGitRepo();
    repo.write({
      'deploy/gitops-dns.yaml':
        'owner: t\nmanifests: ["mesh/*.yaml"]\nzones: [example.com]\nprovider: { type: zonefile, directory: zones }\n',
      'deploy/zones/example.com.zone':
        '$ORIGIN example.com.\n@ 3600 IN SOA ns1 hostmaster 1 7200 3600 1209600 300\n@ 3600 IN NS ns1\nns1 3600 IN A 192.0.2.1\n',
      'deploy/mesh/stripe.yaml': serviceEntry('stripe', 'api.stripe.com', 443, 'HTTPS'),
      'deploy/mesh/github.yaml': serviceEntry('github', 'github.com', 443, 'HTTPS'),
    });
    repo.commit('base');
    repo.remove('deploy/mesh/github.yaml');
    repo.write({
      'deploy/mesh/pypi.yaml': serviceEntry('pypi', 'pypi.org', 443, 'TLS'),
      'deploy/mesh/stripe.yaml': serviceEntry('stripe', 'api.stripe.com', 8443, 'TLS'),
    });
    repo.commit('head');
  });
  afterAll(() => repo.cleanup());

  it('shows the differences in JSON and text', async () => {
    const cwd = path.join(repo.dir, 'deploy');
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
    const run = await cli(['plan', '--base', 'no-such-branch'], { cwd: path.join(repo.dir, 'deploy') });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/git error: .*no-such-branch/);
  });
});
