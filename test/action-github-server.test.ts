import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../src/action/octokit-client.js';
import { GitHubApiError } from '../src/action/github-api.js';
import { startGitHubServer, type GitHubServer } from './support/github-server.js';

// The Octokit implementation of the Action's GitHub interface, over real HTTP to the stand-in
// server, which checks every request and response against GitHub's OpenAPI description.
describe('Octokit GitHub API against the OpenAPI-checked stand-in server', () => {
  let server: GitHubServer;
  const client = (token: string) =>
    createGitHubClient({ token, apiUrl: server.url, owner: 'acme', repo: 'dns', log: () => {} });

  beforeAll(async () => {
    server = await startGitHubServer({ owner: 'acme', repo: 'dns', tokens: { rw: 'write', ro: 'read' } });
    server.addPullRequest({
      number: 7,
      headSha: 'a'.repeat(40),
      headRef: 'feature',
      baseSha: 'b'.repeat(40),
      baseRef: 'main',
      headRepo: 'acme/dns',
      commits: ['a'.repeat(40)],
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('posts, lists (across pages) and edits comments', async () => {
    const api = client('rw');
    const first = await api.createComment(7, 'hello');
    for (let i = 0; i < 101; i++)
      server.comments.set(100 + i, {
        id: 100 + i,
        issueNumber: 7,
        body: `filler ${i}`,
        createdAt: '2025-01-01T00:00:00Z',
        updatedAt: '2025-01-01T00:00:00Z',
      });
    await api.updateComment(first.id, 'hello again');
    const listed = await api.listComments(7);
    expect(listed).toHaveLength(102);
    expect(listed[0]).toEqual({
      id: first.id,
      body: 'hello again',
      author: { login: 'github-actions[bot]', bot: true, association: 'NONE' },
    });
    expect(server.requests.filter((r) => r.includes('/issues/7/comments?')).length).toBe(2);
    expect(server.violations).toEqual([]);
  });

  it('opens, finds, updates and closes an issue', async () => {
    const api = client('rw');
    const issue = await api.createIssue('DNS drift', 'body', ['dns-drift']);
    expect(issue.labels).toEqual(['dns-drift']);
    expect(await api.listOpenIssues('dns-drift')).toEqual([
      { number: issue.number, title: 'DNS drift', body: 'body', labels: ['dns-drift'] },
    ]);
    await api.updateIssue(issue.number, 'DNS drift 2', 'body 2');
    await api.closeIssue(issue.number, 'gone');
    expect(await api.listOpenIssues('dns-drift')).toEqual([]);
    expect(server.issues.get(issue.number)).toMatchObject({
      state: 'closed',
      title: 'DNS drift 2',
      stateReason: 'completed',
    });
    expect(server.commentsOn(issue.number).map((c) => c.body)).toEqual(['gone']);
    expect(server.violations).toEqual([]);
  });

  it('finds the merged pull request of a commit', async () => {
    server.mergePullRequest(7, 'c'.repeat(40));
    expect(await client('rw').pullsForCommit('c'.repeat(40))).toEqual([
      {
        number: 7,
        state: 'closed',
        mergedAt: expect.any(String),
        mergeCommitSha: 'c'.repeat(40),
        baseRef: 'main',
      },
    ]);
    expect(await client('rw').pullsForCommit('d'.repeat(40))).toEqual([]);
    expect(server.violations).toEqual([]);
  });

  it('turns a refused write into a GitHubApiError with status 403', async () => {
    const error = await client('ro')
      .createComment(7, 'x')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubApiError);
    expect((error as GitHubApiError).status).toBe(403);
    expect(server.violations).toEqual([]);
  });

  it('records requests that do not match the description', async () => {
    const before = server.violations.length;
    const res = await fetch(`${server.url}/repos/acme/dns/issues/7/comments?bogus=1`, {
      method: 'POST',
      headers: { authorization: 'token rw', 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'no body field' }),
    });
    expect(res.status).toBe(422);
    const long = await fetch(`${server.url}/repos/acme/dns/issues/7/comments`, {
      method: 'POST',
      headers: { authorization: 'token rw', 'content-type': 'application/json' },
      body: JSON.stringify({ body: 'x'.repeat(65_537) }),
    });
    expect(long.status).toBe(422);
    await fetch(`${server.url}/repos/acme/dns/hooks`, { headers: { authorization: 'token rw' } });
    expect(server.violations.slice(before)).toEqual([
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments (issues/create-comment): unknown query parameter bogus',
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments (issues/create-comment): request body: data must have required property 'body'",
      "POST /repos/acme/dns/issues/7/comments: body is too long (65537 characters; GitHub's maximum is 65536)",
      'unserved request GET /repos/acme/dns/hooks',
    ]);
    server.violations.length = before;
  });
});
