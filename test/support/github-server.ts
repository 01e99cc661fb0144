/*
 * A stand-in for GitHub's REST API on 127.0.0.1 (port 0) that keeps state (issues, their comments,
 * labels, the pull requests of commits) and checks EVERY request (path, method, parameters, body)
 * and EVERY response against GitHub's published OpenAPI description (@octokit/openapi).
 * Anything that does not match is recorded in `violations`; tests assert that it stays empty.
 * Tokens decide what a caller may do: a `read` token gets 403 on writes, as a fork's PR does.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { operation } from './github-openapi.js';
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

export type { StoredComment, StoredIssue, StoredPull };

export interface GitHubServerOptions {
  owner: string;
  repo: string;
  /** token -> permission; requests with another token get 401. */
  tokens: Record<string, 'write' | 'read'>;
}

export interface GitHubServer {
  url: string;
  issues: Map<number, StoredIssue>;
  comments: Map<number, StoredComment>;
  pulls: StoredPull[];
  /** Every request served, `METHOD /path?query`. */
  requests: string[];
  /** Requests or responses that do not match GitHub's OpenAPI description, and unserved routes. */
  violations: string[];
  /** Adds a pull request (an issue too); returns it for later edits (merge). */
  addPullRequest(
    pull: Omit<StoredPull, 'state' | 'mergeCommitSha' | 'mergedAt' | 'title'> & { title?: string },
  ): StoredPull;
  /** Marks a pull request merged by `mergeCommitSha` (which then lists it). */
  mergePullRequest(number: number, mergeCommitSha: string): void;
  commentsOn(issueNumber: number): StoredComment[];
  close(): Promise<void>;
}

interface Route {
  method: string;
  template: string;
  pattern: RegExp;
  names: string[];
  handle(ctx: RequestContext): Reply;
}

interface RequestContext {
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  permission: 'write' | 'read';
}

interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

export async function startGitHubServer(options: GitHubServerOptions): Promise<GitHubServer> {
  const issues = new Map<number, StoredIssue>();
  const comments = new Map<number, StoredComment>();
  const labels = new Map<string, number>();
  const pulls: StoredPull[] = [];
  const requests: string[] = [];
  const violations: string[] = [];
  let nextComment = 1;
  let nextIssue = 1;
  const repo: Repo = { owner: options.owner, repo: options.repo, api: '' };

  const labelId = (name: string) => {
    if (!labels.has(name)) labels.set(name, 1000 + labels.size);
    return labels.get(name)!;
  };
  const commentCount = (n: number) => [...comments.values()].filter((c) => c.issueNumber === n).length;
  const toIssue = (i: StoredIssue) => issueJson(repo, i, commentCount(i.number), labelId);
  const notFound: Reply = {
    status: 404,
    body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' },
  };
  const needIssue = (raw: string | undefined) => issues.get(Number(raw));

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

  const routes: Route[] = [
    route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (ctx) => {
      const issue = needIssue(ctx.params.issue_number);
      if (!issue) return notFound;
      const list = [...comments.values()]
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
        id: nextComment++,
        issueNumber: issue.number,
        body: (ctx.body as { body: string }).body,
        createdAt: now,
        updatedAt: now,
      };
      comments.set(comment.id, comment);
      return {
        status: 201,
        body: commentJson(repo, comment),
        headers: { location: `${repo.api}/repos/${repo.owner}/${repo.repo}/issues/comments/${comment.id}` },
      };
    }),
    route('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (ctx) => {
      const comment = comments.get(Number(ctx.params.comment_id));
      if (!comment) return notFound;
      comment.body = (ctx.body as { body: string }).body;
      comment.updatedAt = timestamp();
      return { status: 200, body: commentJson(repo, comment) };
    }),
    route('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', (ctx) => {
      const sha = ctx.params.commit_sha ?? '';
      const list = pulls.filter((p) => p.commits.includes(sha) || p.mergeCommitSha === sha);
      return page(
        list.map((p) => pullJson(repo, p)),
        ctx,
        `/repos/${repo.owner}/${repo.repo}/commits/${sha}/pulls`,
      );
    }),
    route('GET', '/repos/{owner}/{repo}/issues', (ctx) => {
      const state = ctx.query.get('state') ?? 'open';
      const wanted = (ctx.query.get('labels') ?? '').split(',').filter(Boolean);
      const list = [...issues.values()]
        .filter((i) => state === 'all' || i.state === state)
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
        number: nextIssue++,
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
      issues.set(issue.number, issue);
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

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', repo.api);
    const method = (req.method ?? 'GET').toUpperCase();
    requests.push(`${method} ${url.pathname}${url.search}`);
    const text = await readBody(req);
    const send = (reply: Reply) => {
      res.writeHead(reply.status, {
        'content-type': 'application/json; charset=utf-8',
        ...(reply.headers ?? {}),
      });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    };
    const found = routes
      .map((r) => ({ r, m: r.pattern.exec(url.pathname) }))
      .find((x) => x.m && x.r.method === method);
    if (!found?.m) {
      violations.push(`unserved request ${method} ${url.pathname}`);
      return send(notFound);
    }
    const op = operation(found.r.method, found.r.template);
    const params = Object.fromEntries(
      found.r.names.map((n, i) => [n, decodeURIComponent(found.m![i + 1] ?? '')]),
    );
    let body: unknown;
    if (text !== '') {
      if (!/^application\/json/.test(req.headers['content-type'] ?? ''))
        violations.push(`${method} ${url.pathname}: body is not application/json`);
      try {
        body = JSON.parse(text) as unknown;
      } catch {
        violations.push(`${method} ${url.pathname}: body is not JSON`);
      }
    }
    const problems = op.checkRequest(params, url.searchParams, body);
    if (problems.length > 0) {
      violations.push(...problems);
      return send({
        status: 422,
        body: { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest' },
      });
    }
    const token = /^(?:token|bearer) (.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const permission = token ? options.tokens[token] : undefined;
    if (!permission)
      return send({
        status: 401,
        body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' },
      });
    if (params.owner !== repo.owner || params.repo !== repo.repo) return send(notFound);
    if (permission === 'read' && WRITE_METHODS.has(method)) {
      const reply = {
        status: 403,
        body: {
          message: 'Resource not accessible by integration',
          documentation_url: 'https://docs.github.com/rest',
          status: '403',
        },
      };
      violations.push(...op.checkResponse(reply.status, reply.body));
      return send(reply);
    }
    const reply = found.r.handle({ params, query: url.searchParams, body, permission });
    violations.push(...op.checkResponse(reply.status, reply.body));
    send(reply);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      violations.push(`server error: ${(error as Error).stack ?? String(error)}`);
      res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  repo.api = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: repo.api,
    issues,
    comments,
    pulls,
    requests,
    violations,
    addPullRequest(pull) {
      const stored: StoredPull = {
        title: `Pull request ${pull.number}`,
        state: 'open',
        mergeCommitSha: null,
        mergedAt: null,
        ...pull,
      };
      pulls.push(stored);
      const now = timestamp();
      issues.set(pull.number, {
        number: pull.number,
        title: stored.title,
        body: '',
        state: 'open',
        stateReason: null,
        labels: [],
        isPullRequest: true,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
      });
      nextIssue = Math.max(nextIssue, pull.number + 1);
      return stored;
    },
    mergePullRequest(number, mergeCommitSha) {
      const pull = pulls.find((p) => p.number === number);
      if (!pull) throw new Error(`no pull request ${number}`);
      Object.assign(pull, { state: 'closed', mergeCommitSha, mergedAt: timestamp() });
      const issue = issues.get(number)!;
      Object.assign(issue, { state: 'closed', closedAt: pull.mergedAt });
    },
    commentsOn: (n) => [...comments.values()].filter((c) => c.issueNumber === n).sort((a, b) => a.id - b.id),
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

function route(method: string, template: string, handle: Route['handle']): Route {
  const names: string[] = [];
  const source = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { method, template, pattern: new RegExp(`^${source}$`), names, handle };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
