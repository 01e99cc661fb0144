/*
 * The state of the stand-in GitHub API (issues and pull requests, their comments, labels, the
 * pull requests of commits) and the operations it serves. github-server.ts does the HTTP and
 * checks every request and response against GitHub's OpenAPI description.
 */
import {
  commentJson,
  issueJson,
  pullJson,
  timestamp,
  type Repo,
  type StoredComment,
  type StoredIssue,
  type StoredPull,
} from './github-responses.js';

export interface GitHubState {
  repo: Repo;
  issues: Map<number, StoredIssue>;
  comments: Map<number, StoredComment>;
  labels: Map<string, number>;
  pulls: StoredPull[];
  nextComment: number;
  nextIssue: number;
}

export interface RequestContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
}

export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Route {
  method: string;
  /** Path template as in the OpenAPI description. */
  template: string;
  pattern: RegExp;
  names: string[];
  handle(ctx: RequestContext): Reply;
}

export const notFound: Reply = {
  status: 404,
  body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
};

export function newState(owner: string, name: string): GitHubState {
  return {
    repo: { owner, repo: name, api: '' },
    issues: new Map(),
    comments: new Map(),
    labels: new Map(),
    pulls: [],
    nextComment: 1,
    nextIssue: 1,
  };
}

/** The operations served, each on its OpenAPI path template. */
export function routes(state: GitHubState): Route[] {
  const { repo } = state;
  const labelId = (name: string) => {
    if (!state.labels.has(name)) state.labels.set(name, 1000 + state.labels.size);
    return state.labels.get(name)!;
  };
  const commentCount = (n: number) => [...state.comments.values()].filter((c) => c.issueNumber === n).length;
  const toIssue = (i: StoredIssue) => issueJson(repo, i, commentCount(i.number), labelId);
  const needIssue = (raw: string | undefined) => state.issues.get(Number(raw));
  const page = <T>(items: T[], ctx: RequestContext, path: string): Reply => {
    const perPage = Math.min(Number(ctx.query.get('per_page') ?? 30), 100);
    const current = Number(ctx.query.get('page') ?? 1);
    const slice = items.slice((current - 1) * perPage, current * perPage);
    const headers: Record<string, string> = {};
    if (current * perPage < items.length) {
      const next = new URLSearchParams(ctx.query);
      next.set('page', String(current + 1));
      headers.link = `<${repo.api}${path}?${next.toString()}>; rel="next"`;
    }
    return { status: 200, body: slice, headers };
  };

  return [
    route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (ctx) => {
      const issue = needIssue(ctx.params.issue_number);
      if (!issue) return notFound;
      const list = [...state.comments.values()]
        .filter((c) => c.issueNumber === issue.number)
        .sort((a, b) => a.id - b.id);
      return page(
        list.map((c) => commentJson(repo, c)),
        ctx,
        `/repos/${repo.owner}/${repo.repo}/issues/${issue.number}/comments`,
      );
    }),
    route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (ctx) => {
      const issue = needIssue(ctx.params.issue_number);
      if (!issue) return notFound;
      const now = timestamp();
      const comment = {
        id: state.nextComment++,
        issueNumber: issue.number,
        body: (ctx.body as { body: string }).body,
        createdAt: now,
        updatedAt: now,
      };
      state.comments.set(comment.id, comment);
      return {
        status: 201,
        body: commentJson(repo, comment),
        headers: { location: `${repo.api}/repos/${repo.owner}/${repo.repo}/issues/comments/${comment.id}` },
      };
    }),
    route('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (ctx) => {
      const comment = state.comments.get(Number(ctx.params.comment_id));
      if (!comment) return notFound;
      comment.body = (ctx.body as { body: string }).body;
      comment.updatedAt = timestamp();
      return { status: 200, body: commentJson(repo, comment) };
    }),
    route('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', (ctx) => {
      const sha = ctx.params.commit_sha ?? '';
      const list = state.pulls.filter((p) => p.commits.includes(sha) || p.mergeCommitSha === sha);
      return page(
        list.map((p) => pullJson(repo, p)),
        ctx,
        `/repos/${repo.owner}/${repo.repo}/commits/${sha}/pulls`,
      );
    }),
    route('GET', '/repos/{owner}/{repo}/issues', (ctx) => {
      const wantedState = ctx.query.get('state') ?? 'open';
      const wanted = (ctx.query.get('labels') ?? '').split(',').filter(Boolean);
      const list = [...state.issues.values()]
        .filter((i) => wantedState === 'all' || i.state === wantedState)
        .filter((i) => wanted.every((l) => i.labels.includes(l)))
        .sort((a, b) => b.number - a.number);
      return page(list.map(toIssue), ctx, `/repos/${repo.owner}/${repo.repo}/issues`);
    }),
    route('POST', '/repos/{owner}/{repo}/issues', (ctx) => {
      const body = ctx.body as {
        title: string | number;
        body?: string;
        labels?: (string | { name?: string })[];
      };
      const now = timestamp();
      const issue: StoredIssue = {
        number: state.nextIssue++,
        title: String(body.title),
        body: body.body ?? '',
        state: 'open',
        stateReason: null,
        labels: (body.labels ?? []).map((l) => (typeof l === 'string' ? l : (l.name ?? ''))),
        isPullRequest: false,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
      };
      state.issues.set(issue.number, issue);
      return {
        status: 201,
        body: toIssue(issue),
        headers: { location: `${repo.api}/repos/${repo.owner}/${repo.repo}/issues/${issue.number}` },
      };
    }),
    route('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}', (ctx) => {
      const issue = needIssue(ctx.params.issue_number);
      if (!issue) return notFound;
      const body = ctx.body as {
        title?: string | number | null;
        body?: string | null;
        state?: 'open' | 'closed';
        state_reason?: StoredIssue['stateReason'];
      };
      if (body.title !== undefined && body.title !== null) issue.title = String(body.title);
      if (body.body !== undefined && body.body !== null) issue.body = body.body;
      if (body.state && body.state !== issue.state) {
        issue.state = body.state;
        issue.closedAt = body.state === 'closed' ? timestamp() : null;
        issue.stateReason = body.state === 'closed' ? (body.state_reason ?? 'completed') : 'reopened';
      }
      issue.updatedAt = timestamp();
      return { status: 200, body: toIssue(issue) };
    }),
  ];
}

function route(method: string, template: string, handle: Route['handle']): Route {
  const names: string[] = [];
  const source = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { method, template, pattern: new RegExp(`^${source}$`), names, handle };
}
