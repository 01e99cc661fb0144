import type { getOctokit } from '@actions/github';
import { GitHubApiError, type CommitPullRequest, type GitHubApi, type TrackedIssue } from './github-api.js';

type Octokit = ReturnType<typeof getOctokit>;

/** The Action's GitHub calls over Octokit; every failure becomes a GitHubApiError with its status. */
export function createOctokitGitHubApi(
  octokit: Octokit,
  repository: { owner: string; repo: string },
): GitHubApi {
  const repo = repository;
  return {
    listComments: (pullNumber) =>
      call('listing comments', async () => {
        const comments = await octokit.paginate(octokit.rest.issues.listComments, {
          ...repo,
          issue_number: pullNumber,
          per_page: 100,
        });
        return comments.map((c) => ({
          id: c.id,
          body: c.body ?? '',
          author: {
            login: c.user?.login ?? '',
            bot: c.user?.type === 'Bot',
            association: c.author_association,
          },
        }));
      }),
    createComment: (pullNumber, body) =>
      call('creating a comment', async () => {
        const { data } = await octokit.rest.issues.createComment({ ...repo, issue_number: pullNumber, body });
        return { id: data.id, body: data.body ?? '' };
      }),
    updateComment: (commentId, body) =>
      call('updating a comment', async () => {
        await octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body });
      }),
    listOpenIssues: (label) =>
      call('listing issues', async () => {
        const issues = await octokit.paginate(octokit.rest.issues.listForRepo, {
          ...repo,
          state: 'open',
          labels: label,
          per_page: 100,
        });
        return issues.filter((i) => !i.pull_request).map(toTrackedIssue);
      }),
    createIssue: (title, body, labels) =>
      call('opening an issue', async () => {
        const { data } = await octokit.rest.issues.create({ ...repo, title, body, labels });
        return toTrackedIssue(data);
      }),
    updateIssue: (issueNumber, title, body) =>
      call('updating an issue', async () => {
        await octokit.rest.issues.update({ ...repo, issue_number: issueNumber, title, body });
      }),
    closeIssue: (issueNumber, comment) =>
      call('closing an issue', async () => {
        await octokit.rest.issues.createComment({ ...repo, issue_number: issueNumber, body: comment });
        await octokit.rest.issues.update({
          ...repo,
          issue_number: issueNumber,
          state: 'closed',
          state_reason: 'completed',
        });
      }),
    pullsForCommit: (sha) =>
      call('finding the pull request of a commit', async () => {
        const { data } = await octokit.rest.repos.listPullRequestsAssociatedWithCommit({
          ...repo,
          commit_sha: sha,
        });
        return data.map((p): CommitPullRequest => ({
          number: p.number,
          state: p.state === 'closed' ? 'closed' : 'open',
          ...(p.merged_at ? { mergedAt: p.merged_at } : {}),
          ...(p.merge_commit_sha ? { mergeCommitSha: p.merge_commit_sha } : {}),
          baseRef: p.base.ref,
        }));
      }),
  };
}

async function call<T>(what: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (cause) {
    const status =
      typeof (cause as { status?: unknown }).status === 'number' ? (cause as { status: number }).status : 0;
    throw new GitHubApiError(
      status,
      `GitHub API: ${what} failed (${status || 'no response'}): ${(cause as Error).message}`,
      {
        cause,
      },
    );
  }
}

/** An issue as the drift flow tracks it, from any of Octokit's issue shapes. */
function toTrackedIssue(issue: {
  number: number;
  title: string;
  body?: string | null;
  labels: readonly (string | { name?: string })[];
}): TrackedIssue {
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body ?? '',
    labels: labelNames(issue.labels),
  };
}

function labelNames(labels: readonly (string | { name?: string })[]): string[] {
  return labels.map((l) => (typeof l === 'string' ? l : (l.name ?? '')));
}
