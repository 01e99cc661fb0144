/**
 * The Action's life cycle, end to end: the committed dist/index.js on Node 24 against the
 * stand-in GitHub API (every call checked against GitHub's OpenAPI description) and a zone-file
 * repository: PR opened, second push, merge, an out-of-band change before merge, drift.
 */
import { rmSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OWNER,
  REPO,
  ensureBundle,
  example,
  explain,
  harness,
  pullRequestEvent,
  pushEvent,
  run,
  service,
  sha,
  zoneText,
  type Harness,
} from './support/action-harness.js';

beforeAll(ensureBundle, 180_000);

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
