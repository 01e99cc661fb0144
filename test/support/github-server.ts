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
import { notFound, newState, routes, type Reply } from './github-routes.js';
import { timestamp, type StoredComment, type StoredIssue, type StoredPull } from './github-responses.js';

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

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

export async function startGitHubServer(options: GitHubServerOptions): Promise<GitHubServer> {
  const state = newState(options.owner, options.repo);
  const { repo, issues, comments, pulls } = state;
  const requests: string[] = [];
  const violations: string[] = [];

  const served = routes(state);

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
    const found = served
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
    const problems = [
      ...op.checkRequest(params, url.searchParams, body),
      ...tooLong(method, url.pathname, body),
    ];
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
    const reply = found.r.handle({ params, query: url.searchParams, body });
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
      state.nextIssue = Math.max(state.nextIssue, pull.number + 1);
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

/** GitHub refuses a comment or issue body above 65,536 characters (the description does not say). */
export const BODY_LIMIT_CHARS = 65_536;

function tooLong(method: string, pathname: string, body: unknown): string[] {
  const text = (body as { body?: unknown } | undefined)?.body;
  if (typeof text !== 'string' || [...text].length <= BODY_LIMIT_CHARS) return [];
  return [
    `${method} ${pathname}: body is too long (${[...text].length} characters; GitHub's maximum is ${BODY_LIMIT_CHARS})`,
  ];
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
