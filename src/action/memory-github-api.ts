import {
  GitHubApiError,
  type CommentAuthor,
  type CommitPullRequest,
  type GitHubApi,
  type IssueComment,
  type TrackedIssue,
} from './github-api.js';

interface StoredIssue extends TrackedIssue {
  state: 'open' | 'closed';
  comments: IssueComment[];
}

/** Who writes through this API: the workflow's token, as GitHub shows it. */
const TOKEN_AUTHOR: CommentAuthor = { login: 'github-actions[bot]', bot: true, association: 'NONE' };

/**
 * GitHub held in memory: the test double of the Action's flows. `readOnly` answers every write
 * with 403, as GitHub does for the token of a fork's pull request.
 */
export class MemoryGitHubApi implements GitHubApi {
  readonly issues = new Map<number, StoredIssue>();
  readonly pulls = new Map<string, CommitPullRequest[]>();
  readOnly = false;
  private nextId = 1;

  /** Adds a pull request (an issue number in GitHub) so comments can be posted on it. */
  addPullRequest(number: number, commitShas: string[] = [], pr: Partial<CommitPullRequest> = {}): void {
    this.issues.set(number, {
      number,
      title: `PR ${number}`,
      body: '',
      state: 'open',
      labels: [],
      comments: [],
    });
    for (const sha of commitShas)
      this.pulls.set(sha, [
        ...(this.pulls.get(sha) ?? []),
        { number, state: 'open', baseRef: 'main', ...pr },
      ]);
  }

  comments(number: number): IssueComment[] {
    return this.issues.get(number)?.comments ?? [];
  }

  /** A comment written by someone else (a reviewer, an outsider), not through the token. */
  addComment(issueNumber: number, body: string, author: CommentAuthor): void {
    this.need(issueNumber).comments.push({ id: this.nextId++, body, author });
  }

  async listComments(pullNumber: number): Promise<IssueComment[]> {
    return this.need(pullNumber).comments.map((c) => ({ author: TOKEN_AUTHOR, ...c }));
  }

  async createComment(pullNumber: number, body: string): Promise<IssueComment> {
    this.write();
    const comment = { id: this.nextId++, body };
    this.need(pullNumber).comments.push(comment);
    return { ...comment };
  }

  async updateComment(commentId: number, body: string): Promise<void> {
    this.write();
    for (const issue of this.issues.values()) {
      const comment = issue.comments.find((c) => c.id === commentId);
      if (comment) {
        comment.body = body;
        return;
      }
    }
    throw new GitHubApiError(404, `comment ${commentId} not found`);
  }

  async listOpenIssues(label: string): Promise<TrackedIssue[]> {
    // Newest first, as GitHub lists them by default.
    return [...this.issues.values()]
      .filter((i) => i.state === 'open' && i.labels.includes(label))
      .sort((a, b) => b.number - a.number)
      .map(({ number, title, body, labels }) => ({ number, title, body, labels: [...labels] }));
  }

  async createIssue(title: string, body: string, labels: string[]): Promise<TrackedIssue> {
    this.write();
    const number = 1000 + this.nextId++;
    this.issues.set(number, { number, title, body, state: 'open', labels, comments: [] });
    return { number, title, body, labels: [...labels] };
  }

  async updateIssue(issueNumber: number, title: string, body: string): Promise<void> {
    this.write();
    Object.assign(this.need(issueNumber), { title, body });
  }

  async closeIssue(issueNumber: number, comment: string): Promise<void> {
    await this.createComment(issueNumber, comment);
    this.need(issueNumber).state = 'closed';
  }

  async pullsForCommit(sha: string): Promise<CommitPullRequest[]> {
    return (this.pulls.get(sha) ?? []).map((p) => ({ ...p }));
  }

  private need(number: number): StoredIssue {
    const issue = this.issues.get(number);
    if (!issue) throw new GitHubApiError(404, `issue ${number} not found`);
    return issue;
  }

  private write(): void {
    if (this.readOnly) throw new GitHubApiError(403, 'Resource not accessible by integration');
  }
}
