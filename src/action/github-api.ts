import { GitopsDnsError } from '../errors.js';

/** Who wrote a comment, as far as deciding whether to trust its hidden markers needs. */
export interface CommentAuthor {
  login: string;
  /** A GitHub App's account (`github-actions[bot]` for the workflow token): nobody can post as one. */
  bot: boolean;
  /** GitHub's author_association: OWNER, MEMBER, COLLABORATOR, CONTRIBUTOR, NONE, ... */
  association: string;
}

/** One comment of an issue or pull request. */
export interface IssueComment {
  id: number;
  body: string;
  /** Set when listing comments; absent on a comment just created through the token. */
  author?: CommentAuthor;
}

/** The conversation of a pull request (its comments are issue comments in GitHub's API). */
export interface PullRequestThread {
  listComments(pullNumber: number): Promise<IssueComment[]>;
  createComment(pullNumber: number, body: string): Promise<IssueComment>;
  updateComment(commentId: number, body: string): Promise<void>;
}

/** An issue as the drift report uses it. */
export interface TrackedIssue {
  number: number;
  title: string;
  body: string;
  /** Label names; GitHub silently drops labels a token may not set. */
  labels: string[];
}

/** Issues of the repository, as far as the drift report needs them. */
export interface IssueTracker {
  /** Open issues (not pull requests) carrying the label. */
  listOpenIssues(label: string): Promise<TrackedIssue[]>;
  createIssue(title: string, body: string, labels: string[]): Promise<TrackedIssue>;
  updateIssue(issueNumber: number, title: string, body: string): Promise<void>;
  /** Comments on the issue, then closes it. */
  closeIssue(issueNumber: number, comment: string): Promise<void>;
}

/** A pull request that a commit belongs to. */
export interface CommitPullRequest {
  number: number;
  state: 'open' | 'closed';
  mergedAt?: string;
  mergeCommitSha?: string;
  baseRef: string;
}

/** Finds the pull request(s) a commit came from. */
export interface CommitPullRequests {
  pullsForCommit(sha: string): Promise<CommitPullRequest[]>;
}

/** Everything the Action asks of GitHub. */
export interface GitHubApi extends PullRequestThread, IssueTracker, CommitPullRequests {}

/** A GitHub API call that failed; `status` is the HTTP status (403 for a read-only token). */
export class GitHubApiError extends GitopsDnsError {
  readonly status: number;

  constructor(status: number, message: string, options?: { cause?: unknown }) {
    super('github', message, options);
    this.name = 'GitHubApiError';
    this.status = status;
  }
}

/** Whether GitHub refused the call for lack of permission (fork pull requests, read-only tokens). */
export function isPermissionDenied(error: unknown): boolean {
  return error instanceof GitHubApiError && (error.status === 403 || error.status === 401);
}
