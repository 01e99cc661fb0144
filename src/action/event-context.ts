import { GitopsDnsError } from '../errors.js';

/** The pull request an event is about, as far as the Action needs it. */
export interface PullRequestRef {
  number: number;
  /** Head commit: the commit whose manifests the plan shows; links point at it. */
  headSha: string;
  baseSha: string;
  /** Base branch name, e.g. `main`. */
  baseRef: string;
  /** Opened from another repository: read-only token, no secrets. */
  fromFork: boolean;
  /**
   * Opened by Dependabot on a `pull_request` event: not a fork, but GitHub gives it a read-only
   * token and no Actions secrets all the same, so it is treated like one.
   */
  byDependabot?: boolean;
}

/** What the Action knows about its run, read once from the runner's environment. */
export interface EventContext {
  eventName: string;
  ref: string;
  sha: string;
  owner: string;
  repo: string;
  serverUrl: string;
  apiUrl: string;
  defaultBranch?: string;
  pullRequest?: PullRequestRef;
  /** GITHUB_WORKSPACE: the repository root. */
  workspace: string;
  /** RUNNER_TEMP: where the plan JSON goes. */
  runnerTemp: string;
  /** Link to this workflow run, when the environment says. */
  runUrl?: string;
}

type Env = Readonly<Record<string, string | undefined>>;

/** Builds the context from the runner's variables and the event payload (already parsed). */
export function readEventContext(env: Env, payload: unknown, cwd: string): EventContext {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo) throw new GitopsDnsError('usage', 'GITHUB_REPOSITORY is not set to owner/name');
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const event = asRecord(payload);
  const repository = asRecord(event.repository);
  const context: EventContext = {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    ref: env.GITHUB_REF ?? '',
    sha: env.GITHUB_SHA ?? '',
    owner,
    repo,
    serverUrl,
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    workspace: env.GITHUB_WORKSPACE ?? cwd,
    runnerTemp: env.RUNNER_TEMP ?? cwd,
  };
  if (typeof repository.default_branch === 'string') context.defaultBranch = repository.default_branch;
  if (env.GITHUB_RUN_ID) context.runUrl = `${serverUrl}/${owner}/${repo}/actions/runs/${env.GITHUB_RUN_ID}`;
  const pullRequest = readPullRequest(asRecord(event.pull_request), `${owner}/${repo}`);
  if (pullRequest) {
    if (env.GITHUB_ACTOR === 'dependabot[bot]' && context.eventName === 'pull_request')
      pullRequest.byDependabot = true;
    context.pullRequest = pullRequest;
  }
  return context;
}

function readPullRequest(pr: Record<string, unknown>, fullName: string): PullRequestRef | undefined {
  if (typeof pr.number !== 'number') return undefined;
  const head = asRecord(pr.head);
  const base = asRecord(pr.base);
  const headRepo = asRecord(head.repo);
  return {
    number: pr.number,
    headSha: text(head.sha),
    baseSha: text(base.sha),
    baseRef: text(base.ref),
    // A deleted fork has `head.repo: null`; it is a fork all the same.
    fromFork: headRepo.full_name !== fullName,
  };
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
