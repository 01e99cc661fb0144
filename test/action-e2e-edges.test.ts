/**
 * The Action's edges, end to end on the committed bundle: a fork's pull request, a 5,000-change
 * plan, and annotations on manifest lines.
 */
import { rmSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OWNER,
  REPO,
  ensureBundle,
  explain,
  harness,
  pullRequestEvent,
  run,
  service,
  sha,
  type Harness,
} from './support/action-harness.js';

beforeAll(ensureBundle, 180_000);

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
