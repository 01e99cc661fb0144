/**
 * The committed dist/index.js, run as the GitHub runner runs it (Node 24, INPUT_* variables, an
 * event payload from @octokit/webhooks-examples, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files),
 * against the stand-in GitHub API that checks every call against GitHub's OpenAPI description.
 * The repository is a small temporary one with a zone-file provider.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubServer, type GitHubServer } from './support/github-server.js';
import { startPowerDns, type PowerDnsServer } from './support/powerdns-server.js';
import { node24, repoRoot, runBundledAction, type ActionResult } from './support/node24.js';

const require = createRequire(import.meta.url);
const OWNER = 'acme';
const REPO = 'dns';
const sha = (n: number) => n.toString(16).padStart(40, 'a');

type Examples = { name: string; examples: Record<string, unknown>[] }[];
const examples = require('@octokit/webhooks-examples/api.github.com/index.json') as Examples;
const example = (name: string, action?: string): Record<string, unknown> => {
  const found = examples
    .find((e) => e.name === name)
    ?.examples.find((x) => action === undefined || x.action === action);
  if (!found) throw new Error(`no webhook example ${name} ${action ?? ''}`);
  return structuredClone(found);
};

/** The example repository object, renamed to acme/dns with default branch main. */
function adaptRepository(
  repository: Record<string, unknown>,
  fullName = `${OWNER}/${REPO}`,
): Record<string, unknown> {
  const [owner, name] = fullName.split('/');
  return {
    ...repository,
    name,
    full_name: fullName,
    owner: { ...(repository.owner as object), login: owner },
    default_branch: 'main',
  };
}

function pullRequestEvent(action: 'opened' | 'synchronize', number: number, headSha: string, fork = false) {
  const event = example('pull_request', action);
  const pr = event.pull_request as Record<string, Record<string, unknown>>;
  const base = adaptRepository(event.repository as Record<string, unknown>);
  event.repository = base;
  event.number = number;
  pr.number = number as never;
  pr.head = {
    ...pr.head,
    sha: headSha,
    ref: 'feature',
    repo: adaptRepository(
      pr.head!.repo as Record<string, unknown>,
      fork ? `mallory/${REPO}` : `${OWNER}/${REPO}`,
    ),
  };
  pr.base = { ...pr.base, sha: sha(1), ref: 'main', repo: base };
  return event;
}

function pushEvent(after: string) {
  const event = example('push');
  return {
    ...event,
    ref: 'refs/heads/main',
    after,
    head_commit: { ...(event.head_commit as object), id: after },
    repository: adaptRepository(event.repository as Record<string, unknown>),
  };
}

const CONFIG = `owner: gitops-dns
manifests: ["manifests/**/*.yaml"]
zones: [example.com]
provider:
  type: zonefile
  directory: zones
`;

const ZONE = `$ORIGIN example.com.
$TTL 3600
@   IN SOA ns1.example.com. hostmaster.example.com. 1 7200 3600 1209600 3600
    IN NS  ns1.example.com.
ns1 IN A   192.0.2.53
`;

function service(name: string, host: string, ip: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
  namespace: apps
  annotations:
    external-dns.alpha.kubernetes.io/hostname: ${host}
spec:
  type: LoadBalancer
  loadBalancerIP: ${ip}
`;
}

function makeRepository(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gitops-dns-action-'));
  mkdirSync(path.join(dir, 'zones'));
  mkdirSync(path.join(dir, 'manifests'));
  writeFileSync(path.join(dir, 'gitops-dns.yaml'), CONFIG);
  writeFileSync(path.join(dir, 'zones/example.com.zone'), ZONE);
  return dir;
}

const zoneText = (dir: string) => readFileSync(path.join(dir, 'zones/example.com.zone'), 'utf8');

interface Harness {
  server: GitHubServer;
  workspace: string;
}

async function harness(): Promise<Harness> {
  const server = await startGitHubServer({
    owner: OWNER,
    repo: REPO,
    tokens: { 'ghs-write': 'write', 'ghs-read': 'read' },
  });
  return { server, workspace: makeRepository() };
}

function run(
  h: Harness & { env?: Record<string, string> },
  eventName: string,
  event: unknown,
  options: { sha: string; ref: string; token?: string; inputs?: Record<string, string> },
): Promise<ActionResult> {
  return runBundledAction({
    eventName,
    event,
    workspace: h.workspace,
    inputs: {
      config: 'gitops-dns.yaml',
      mode: 'auto',
      'github-token': options.token ?? 'ghs-write',
      comment: 'always',
      force: 'false',
      'fail-on-drift': 'false',
      ...options.inputs,
    },
    env: {
      GITHUB_API_URL: h.server.url,
      GITHUB_REPOSITORY: `${OWNER}/${REPO}`,
      GITHUB_SHA: options.sha,
      GITHUB_REF: options.ref,
      ...h.env,
    },
  });
}

const explain = (r: ActionResult) => `exit ${r.exitCode}\n${r.stdout}\n${r.stderr}`;

beforeAll(() => {
  node24();
  if (!existsSync(path.join(repoRoot, 'dist/index.js')))
    throw new Error('dist/index.js is missing: run npm run bundle');
}, 180_000);

describe('the Action on a pull request, after merge, and on a schedule', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(async () => {
    await h.server.close();
    rmSync(h.workspace, { recursive: true, force: true });
  });

  it('PR opened: posts one comment with the plan and its checksum', async () => {
    writeFileSync(
      path.join(h.workspace, 'manifests/web.yaml'),
      service('web', 'www.example.com', '192.0.2.10'),
    );
    h.server.addPullRequest({
      number: 7,
      headSha: sha(2),
      headRef: 'feature',
      baseSha: sha(1),
      baseRef: 'main',
      headRepo: `${OWNER}/${REPO}`,
      commits: [sha(2)],
    });
    const r = await run(h, 'pull_request', pullRequestEvent('opened', 7, sha(2)), {
      sha: sha(102),
      ref: 'refs/pull/7/merge',
    });
    expect(r.exitCode, explain(r)).toBe(0);
    const comments = h.server.commentsOn(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('<!-- gitops-dns:gitops-dns.yaml -->');
    expect(comments[0]!.body).toContain(`<!-- gitops-dns-checksum:${r.outputs.checksum} -->`);
    expect(comments[0]!.body).toContain('www.example.com');
    expect(comments[0]!.body).toContain(
      `https://github.com/${OWNER}/${REPO}/blob/${sha(2)}/manifests/web.yaml#L`,
    );
    expect(r.outputs).toMatchObject({
      'has-changes': 'true',
      creates: '1',
      updates: '0',
      deletes: '0',
      conflicts: '0',
    });
    expect(JSON.parse(readFileSync(r.outputs['plan-json']!, 'utf8'))).toMatchObject({
      checksum: r.outputs.checksum,
    });
    expect(r.summary).toContain('www.example.com');
    expect(zoneText(h.workspace)).not.toContain('192.0.2.10');
    expect(h.server.violations).toEqual([]);
  });

  it('second push: edits the same comment', async () => {
    writeFileSync(
      path.join(h.workspace, 'manifests/api.yaml'),
      service('api', 'api.example.com', '192.0.2.11'),
    );
    const r = await run(h, 'pull_request', pullRequestEvent('synchronize', 7, sha(3)), {
      sha: sha(103),
      ref: 'refs/pull/7/merge',
    });
    expect(r.exitCode, explain(r)).toBe(0);
    const comments = h.server.commentsOn(7);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('api.example.com');
    expect(comments[0]!.body).toContain(`<!-- gitops-dns-checksum:${r.outputs.checksum} -->`);
    expect(r.outputs.creates).toBe('2');
    expect(
      h.server.requests.filter((q) => q.startsWith('PATCH /repos/acme/dns/issues/comments/')),
    ).toHaveLength(1);
    expect(h.server.violations).toEqual([]);
  });

  it('merge push: applies the reviewed plan and writes the result into the comment', async () => {
    h.server.mergePullRequest(7, sha(4));
    const r = await run(h, 'push', pushEvent(sha(4)), { sha: sha(4), ref: 'refs/heads/main' });
    expect(r.exitCode, explain(r)).toBe(0);
    expect(zoneText(h.workspace)).toMatch(/www[^\n]*192\.0\.2\.10/);
    expect(zoneText(h.workspace)).toMatch(/api[^\n]*192\.0\.2\.11/);
    const [comment] = h.server.commentsOn(7);
    expect(h.server.commentsOn(7)).toHaveLength(1);
    expect(comment!.body).toContain('✅ Applied');
    expect(comment!.body).toMatch(/\| `example\.com` \| 2 \| 0 \| 0 \|/);
    expect(r.outputs).toMatchObject({ creates: '2', 'has-changes': 'true' });
    expect(h.server.violations).toEqual([]);
  });

  it('out-of-band change between review and merge: applies nothing and fails showing the difference', async () => {
    writeFileSync(
      path.join(h.workspace, 'manifests/shop.yaml'),
      service('shop', 'shop.example.com', '192.0.2.12'),
    );
    h.server.addPullRequest({
      number: 8,
      headSha: sha(5),
      headRef: 'shop',
      baseSha: sha(4),
      baseRef: 'main',
      headRepo: `${OWNER}/${REPO}`,
      commits: [sha(5)],
    });
    const reviewed = await run(h, 'pull_request', pullRequestEvent('opened', 8, sha(5)), {
      sha: sha(105),
      ref: 'refs/pull/8/merge',
    });
    expect(reviewed.exitCode, explain(reviewed)).toBe(0);
    // Someone edits the provider by hand after the review.
    writeFileSync(
      path.join(h.workspace, 'zones/example.com.zone'),
      zoneText(h.workspace).replace('192.0.2.10', '192.0.2.99'),
    );
    const before = zoneText(h.workspace);
    h.server.mergePullRequest(8, sha(6));
    const r = await run(h, 'push', pushEvent(sha(6)), { sha: sha(6), ref: 'refs/heads/main' });
    expect(r.exitCode).toBe(1);
    expect(r.failure).toContain(
      'Nothing applied: the plan for gitops-dns.yaml differs from the one reviewed on #8',
    );
    expect(r.failure).toContain('+ example.com: update www.example.com A [192.0.2.99]');
    expect(zoneText(h.workspace)).toBe(before);
    const comment = h.server.commentsOn(8)[0]!.body;
    expect(comment).toContain('Not applied');
    // The comment still holds the reviewed checksum, so re-running the job cannot apply the unreviewed plan.
    expect(comment).toContain(`<!-- gitops-dns-checksum:${reviewed.outputs.checksum} -->`);
    const rerun = await run(h, 'push', pushEvent(sha(6)), { sha: sha(6), ref: 'refs/heads/main' });
    expect(rerun.exitCode).toBe(1);
    expect(zoneText(h.workspace)).toBe(before);
    expect(h.server.commentsOn(8)[0]!.body.match(/Not applied/g)).toHaveLength(1);
    expect(h.server.violations).toEqual([]);
  });

  it('schedule with drift: opens one issue, updates it while drift persists, closes it when gone', async () => {
    writeFileSync(path.join(h.workspace, 'manifests/shop.yaml'), '');
    const first = await run(
      h,
      'schedule',
      { schedule: '17 6 * * *' },
      { sha: sha(6), ref: 'refs/heads/main' },
    );
    expect(first.exitCode, explain(first)).toBe(0);
    const open = () => [...h.server.issues.values()].filter((i) => !i.isPullRequest && i.state === 'open');
    expect(open()).toHaveLength(1);
    expect(open()[0]).toMatchObject({ labels: ['dns-drift'] });
    expect(open()[0]!.body).toContain('<!-- gitops-dns-drift:gitops-dns.yaml -->');
    expect(open()[0]!.body).toContain('www.example.com');

    const again = await run(
      h,
      'schedule',
      { schedule: '17 6 * * *' },
      { sha: sha(7), ref: 'refs/heads/main', inputs: { 'fail-on-drift': 'true' } },
    );
    expect(again.exitCode).toBe(1);
    expect(again.failure).toContain('drift in gitops-dns.yaml: 0 to create, 1 to update');
    expect(open()).toHaveLength(1);
    expect(open()[0]!.body).toContain(sha(7).slice(0, 12));

    writeFileSync(
      path.join(h.workspace, 'zones/example.com.zone'),
      zoneText(h.workspace).replace('192.0.2.99', '192.0.2.10'),
    );
    const gone = await run(h, 'workflow_dispatch', example('workflow_dispatch'), {
      sha: sha(8),
      ref: 'refs/heads/main',
    });
    expect(gone.exitCode, explain(gone)).toBe(0);
    expect(open()).toHaveLength(0);
    const closed = [...h.server.issues.values()].find((i) => !i.isPullRequest)!;
    expect(closed).toMatchObject({ state: 'closed', stateReason: 'completed' });
    expect(
      h.server
        .commentsOn(closed.number)
        .map((c) => c.body)
        .join(),
    ).toContain('The drift is gone');
    expect(h.server.violations).toEqual([]);
  });
});

describe('the Action on a pull request from a fork', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(async () => {
    await h.server.close();
    rmSync(h.workspace, { recursive: true, force: true });
  });

  it('validates and extracts, writes the job summary, posts nothing, and succeeds', async () => {
    writeFileSync(
      path.join(h.workspace, 'manifests/web.yaml'),
      service('web', 'fork.example.com', '192.0.2.40'),
    );
    h.server.addPullRequest({
      number: 9,
      headSha: sha(9),
      headRef: 'patch-1',
      baseSha: sha(1),
      baseRef: 'main',
      headRepo: `mallory/${REPO}`,
      commits: [sha(9)],
    });
    const r = await run(h, 'pull_request', pullRequestEvent('opened', 9, sha(9), true), {
      sha: sha(109),
      ref: 'refs/pull/9/merge',
      token: 'ghs-read',
    });
    expect(r.exitCode, explain(r)).toBe(0);
    expect(h.server.commentsOn(9)).toHaveLength(0);
    expect(h.server.requests.filter((q) => !q.startsWith('GET'))).toEqual([]);
    expect(r.summary).toContain('pull request from a fork');
    expect(r.summary).toContain('fork.example.com');
    expect(h.server.violations).toEqual([]);
  });

  it('does not fail when commenting is refused (403)', async () => {
    // A same-repository event but a read-only token, as on a fork with pull_request_target misuse.
    const r = await run(h, 'pull_request', pullRequestEvent('opened', 9, sha(9)), {
      sha: sha(109),
      ref: 'refs/pull/9/merge',
      token: 'ghs-read',
    });
    expect(r.exitCode, explain(r)).toBe(0);
    expect(
      r.annotations.some((a) => a.level === 'warning' && a.message.includes('may not comment on #9')),
    ).toBe(true);
    expect(h.server.violations).toEqual([]);
  });
});

describe('the Action with a 5,000-change plan', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(async () => {
    await h.server.close();
    rmSync(h.workspace, { recursive: true, force: true });
  });

  it('keeps the comment under 65,536 characters with a notice; the summary and JSON hold more', async () => {
    const endpoints = Array.from(
      { length: 5000 },
      (_, i) =>
        `    - dnsName: host-${String(i).padStart(4, '0')}.example.com\n      recordType: A\n      targets: [198.51.100.${i % 250}]\n`,
    ).join('');
    writeFileSync(
      path.join(h.workspace, 'manifests/many.yaml'),
      `apiVersion: externaldns.k8s.io/v1alpha1\nkind: DNSEndpoint\nmetadata:\n  name: many\n  namespace: dns\nspec:\n  endpoints:\n${endpoints}`,
    );
    h.server.addPullRequest({
      number: 10,
      headSha: sha(10),
      headRef: 'many',
      baseSha: sha(1),
      baseRef: 'main',
      headRepo: `${OWNER}/${REPO}`,
      commits: [sha(10)],
    });
    const r = await run(h, 'pull_request', pullRequestEvent('opened', 10, sha(10)), {
      sha: sha(110),
      ref: 'refs/pull/10/merge',
    });
    expect(r.exitCode, explain(r)).toBe(0);
    const [comment] = h.server.commentsOn(10);
    expect(comment!.body.length).toBeLessThan(65_536);
    expect(comment!.body).toContain('host-0000.example.com');
    expect(comment!.body).not.toContain('host-4999.example.com');
    expect(comment!.body).toMatch(/job summary/);
    expect(r.outputs.creates).toBe('5000');
    const json = JSON.parse(readFileSync(r.outputs['plan-json']!, 'utf8')) as {
      zones: { changes: unknown[] }[];
    };
    expect(json.zones[0]!.changes).toHaveLength(5000);
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024);
    expect(r.summary.length).toBeGreaterThan(comment!.body.length);
    expect(h.server.violations).toEqual([]);
  });
});

describe('the Action applying to PowerDNS after merge', () => {
  let h: Harness & { env: Record<string, string> };
  let pdns: PowerDnsServer;
  beforeAll(async () => {
    pdns = await startPowerDns();
    await pdns.createZone('example.com');
    const base = await harness();
    h = { ...base, env: { POWERDNS_API_KEY: pdns.apiKey } };
    writeFileSync(
      path.join(h.workspace, 'gitops-dns.yaml'),
      `owner: gitops-dns\nmanifests: ["manifests/**/*.yaml"]\nzones: [example.com]\nprovider:\n  type: powerdns\n  url: ${pdns.apiUrl}\n`,
    );
  }, 180_000);
  afterAll(async () => {
    await h?.server.close();
    await pdns?.stop();
    if (h) rmSync(h.workspace, { recursive: true, force: true });
  });

  const rrsets = async () => {
    const response = await fetch(`${pdns.apiUrl}/api/v1/servers/localhost/zones/example.com.`, {
      headers: { 'X-API-Key': pdns.apiKey },
    });
    return (
      (await response.json()) as { rrsets: { name: string; type: string; records: { content: string }[] }[] }
    ).rrsets;
  };

  it('plans on the pull request, applies after merge, and masks the API key', async () => {
    writeFileSync(
      path.join(h.workspace, 'manifests/web.yaml'),
      service('web', 'www.example.com', '192.0.2.10'),
    );
    h.server.addPullRequest({
      number: 11,
      headSha: sha(11),
      headRef: 'pdns',
      baseSha: sha(1),
      baseRef: 'main',
      headRepo: `${OWNER}/${REPO}`,
      commits: [sha(11)],
    });
    const planned = await run(h, 'pull_request', pullRequestEvent('opened', 11, sha(11)), {
      sha: sha(111),
      ref: 'refs/pull/11/merge',
    });
    expect(planned.exitCode, explain(planned)).toBe(0);
    expect(planned.stdout).toContain(`::add-mask::${pdns.apiKey}`);
    expect((await rrsets()).some((r) => r.name === 'www.example.com.')).toBe(false);

    h.server.mergePullRequest(11, sha(12));
    const applied = await run(h, 'push', pushEvent(sha(12)), { sha: sha(12), ref: 'refs/heads/main' });
    expect(applied.exitCode, explain(applied)).toBe(0);
    const www = (await rrsets()).find((r) => r.name === 'www.example.com.' && r.type === 'A');
    expect(www?.records.map((r) => r.content)).toEqual(['192.0.2.10']);
    expect(h.server.commentsOn(11)[0]!.body).toContain('✅ Applied');
    expect(h.server.violations).toEqual([]);
  });
});

describe('the Action marking manifest lines', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await harness();
  });
  afterAll(async () => {
    await h.server.close();
    rmSync(h.workspace, { recursive: true, force: true });
  });

  it('annotates errors and warnings on their files and lines, and fails on errors', async () => {
    const noTarget = service('lost', 'lost.example.com', '').replace(/\n {2}loadBalancerIP: \n/, '\n');
    writeFileSync(path.join(h.workspace, 'manifests/lost.yaml'), noTarget);
    writeFileSync(
      path.join(h.workspace, 'manifests/twice.yaml'),
      `${service('one', 'same.example.com', '192.0.2.1')}---\n${service('two', 'same.example.com', '192.0.2.2')}`,
    );
    h.server.addPullRequest({
      number: 12,
      headSha: sha(12),
      headRef: 'x',
      baseSha: sha(1),
      baseRef: 'main',
      headRepo: `${OWNER}/${REPO}`,
      commits: [sha(12)],
    });
    const r = await run(h, 'pull_request', pullRequestEvent('opened', 12, sha(12)), {
      sha: sha(112),
      ref: 'refs/pull/12/merge',
    });
    expect(r.exitCode, explain(r)).toBe(1);
    const onFile = (file: string) => r.annotations.filter((a) => a.properties.file === file);
    expect(onFile('manifests/lost.yaml')).toMatchObject([
      { level: 'warning', properties: { line: expect.stringMatching(/^\d+$/) } },
    ]);
    expect(onFile('manifests/twice.yaml').map((a) => a.level)).toEqual(['error', 'error']);
    expect(r.failure).toContain('error(s) in the manifests');
    // The comment is posted all the same, so the reviewer sees why.
    expect(h.server.commentsOn(12)).toHaveLength(1);
    expect(h.server.violations).toEqual([]);
  });
});
