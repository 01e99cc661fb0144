import { describe, expect, it } from 'vitest';
import { DRIFT_LABEL, driftMarker, reportDrift, type DriftReport } from './drift-issue.js';
import { MemoryGitHubApi } from './memory-github-api.js';

const report = (drift: boolean, body = 'drift body', configPath = 'gitops-dns.yaml'): DriftReport => ({
  configPath,
  drift,
  title: 'DNS drift',
  body,
  resolvedComment: 'gone',
});
const openIssues = (api: MemoryGitHubApi) => [...api.issues.values()].filter((i) => i.state === 'open');

describe('reportDrift', () => {
  it('opens, updates while drift persists, then closes with a comment', async () => {
    const api = new MemoryGitHubApi();
    const opened = await reportDrift(api, report(true, 'one'));
    expect(opened.action).toBe('opened');
    expect(openIssues(api)).toMatchObject([
      { labels: [DRIFT_LABEL], body: `${driftMarker('gitops-dns.yaml')}\none` },
    ]);

    const updated = await reportDrift(api, report(true, 'two'));
    expect(updated).toEqual({
      action: 'updated',
      issueNumber: (opened as { issueNumber: number }).issueNumber,
    });
    expect(openIssues(api)).toHaveLength(1);
    expect(openIssues(api)[0]?.body).toContain('two');

    const closed = await reportDrift(api, report(false));
    expect(closed.action).toBe('closed');
    expect(openIssues(api)).toHaveLength(0);
    expect([...api.issues.values()][0]?.comments.map((c) => c.body)).toEqual(['gone']);
  });

  it('does nothing without drift and without an issue', async () => {
    const api = new MemoryGitHubApi();
    expect(await reportDrift(api, report(false))).toEqual({ action: 'none' });
    expect(api.issues.size).toBe(0);
  });

  it('keeps the issues of different config files apart', async () => {
    const api = new MemoryGitHubApi();
    await reportDrift(api, report(true, 'a', 'a.yaml'));
    await reportDrift(api, report(true, 'b', 'b.yaml'));
    await reportDrift(api, report(false, '', 'a.yaml'));
    expect(openIssues(api).map((i) => i.body)).toEqual([`${driftMarker('b.yaml')}\nb`]);
  });

  it('closes duplicates and keeps the oldest', async () => {
    const api = new MemoryGitHubApi();
    await api.createIssue('x', `${driftMarker('gitops-dns.yaml')}\nold`, [DRIFT_LABEL]);
    await api.createIssue('y', `${driftMarker('gitops-dns.yaml')}\nold`, [DRIFT_LABEL]);
    const outcome = await reportDrift(api, report(true, 'new'));
    expect(outcome.action).toBe('updated');
    expect(openIssues(api)).toHaveLength(1);
    // GitHub lists the newest first; the oldest issue keeps its history and links.
    expect(outcome).toEqual({ action: 'updated', issueNumber: Math.min(...api.issues.keys()) });
  });
});
