/*
 * Response bodies of the stand-in GitHub API, shaped as GitHub's OpenAPI description requires
 * (the server checks every one against it).
 */

export interface Repo {
  owner: string;
  repo: string;
  /** The server's base URL, e.g. `http://127.0.0.1:4711`. */
  api: string;
}

export interface StoredComment {
  id: number;
  issueNumber: number;
  body: string;
  createdAt: string;
  updatedAt: string;
}

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | null;
  labels: string[];
  /** Pull requests are issues too in GitHub's API. */
  isPullRequest: boolean;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface StoredPull {
  number: number;
  title: string;
  headSha: string;
  headRef: string;
  baseSha: string;
  baseRef: string;
  /** Repository the head branch lives in (`owner/name`); another one for a fork. */
  headRepo: string;
  /** Commits that list this pull request (its commits and its merge commit). */
  commits: string[];
  mergeCommitSha: string | null;
  mergedAt: string | null;
  state: 'open' | 'closed';
}

/** GitHub's timestamps: ISO 8601 without milliseconds. */
export function timestamp(date = new Date()): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

const nodeId = (kind: string, id: number) => Buffer.from(`${kind}${id}`).toString('base64');

export function userJson(r: Repo, login: string, id: number): Record<string, unknown> {
  const url = `${r.api}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id,
    node_id: nodeId('04:User', id),
    avatar_url: `${r.api}/avatars/${encodeURIComponent(login)}`,
    gravatar_id: '',
    url,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    followers_url: `${url}/followers`,
    following_url: `${url}/following{/other_user}`,
    gists_url: `${url}/gists{/gist_id}`,
    starred_url: `${url}/starred{/owner}{/repo}`,
    subscriptions_url: `${url}/subscriptions`,
    organizations_url: `${url}/orgs`,
    repos_url: `${url}/repos`,
    events_url: `${url}/events{/privacy}`,
    received_events_url: `${url}/received_events`,
    type: login.endsWith('[bot]') ? 'Bot' : 'User',
    site_admin: false,
  };
}

const bot = (r: Repo) => userJson(r, 'github-actions[bot]', 41898282);

export function commentJson(r: Repo, c: StoredComment): Record<string, unknown> {
  const repoUrl = `${r.api}/repos/${r.owner}/${r.repo}`;
  return {
    id: c.id,
    node_id: nodeId('012:IssueComment', c.id),
    url: `${repoUrl}/issues/comments/${c.id}`,
    html_url: `https://github.com/${r.owner}/${r.repo}/issues/${c.issueNumber}#issuecomment-${c.id}`,
    body: c.body,
    user: bot(r),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    issue_url: `${repoUrl}/issues/${c.issueNumber}`,
    author_association: 'NONE',
  };
}

export function labelJson(r: Repo, name: string, id: number): Record<string, unknown> {
  return {
    id,
    node_id: nodeId('05:Label', id),
    url: `${r.api}/repos/${r.owner}/${r.repo}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  };
}

export function issueJson(
  r: Repo,
  i: StoredIssue,
  comments: number,
  labelIds: (name: string) => number,
): Record<string, unknown> {
  const repoUrl = `${r.api}/repos/${r.owner}/${r.repo}`;
  const url = `${repoUrl}/issues/${i.number}`;
  const json: Record<string, unknown> = {
    id: 5000 + i.number,
    node_id: nodeId('05:Issue', i.number),
    url,
    repository_url: repoUrl,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: `https://github.com/${r.owner}/${r.repo}/${i.isPullRequest ? 'pull' : 'issues'}/${i.number}`,
    number: i.number,
    state: i.state,
    state_reason: i.stateReason,
    title: i.title,
    body: i.body,
    user: bot(r),
    labels: i.labels.map((name) => labelJson(r, name, labelIds(name))),
    assignee: null,
    assignees: [],
    milestone: null,
    locked: false,
    active_lock_reason: null,
    comments,
    closed_at: i.closedAt,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    author_association: 'NONE',
  };
  if (i.isPullRequest) {
    json.pull_request = {
      url: `${repoUrl}/pulls/${i.number}`,
      html_url: `https://github.com/${r.owner}/${r.repo}/pull/${i.number}`,
      diff_url: `https://github.com/${r.owner}/${r.repo}/pull/${i.number}.diff`,
      patch_url: `https://github.com/${r.owner}/${r.repo}/pull/${i.number}.patch`,
    };
  }
  return json;
}

export function repositoryJson(r: Repo, fullName: string, id: number): Record<string, unknown> {
  const [owner = '', name = ''] = fullName.split('/');
  const url = `${r.api}/repos/${fullName}`;
  const templated = (path: string) => `${url}/${path}`;
  return {
    id,
    node_id: nodeId('010:Repository', id),
    name,
    full_name: fullName,
    owner: userJson(r, owner, id + 1),
    private: false,
    html_url: `https://github.com/${fullName}`,
    description: null,
    fork: fullName !== `${r.owner}/${r.repo}`,
    url,
    archive_url: templated('{archive_format}{/ref}'),
    assignees_url: templated('assignees{/user}'),
    blobs_url: templated('git/blobs{/sha}'),
    branches_url: templated('branches{/branch}'),
    collaborators_url: templated('collaborators{/collaborator}'),
    comments_url: templated('comments{/number}'),
    commits_url: templated('commits{/sha}'),
    compare_url: templated('compare/{base}...{head}'),
    contents_url: templated('contents/{+path}'),
    contributors_url: templated('contributors'),
    deployments_url: templated('deployments'),
    downloads_url: templated('downloads'),
    events_url: templated('events'),
    forks_url: templated('forks'),
    git_commits_url: templated('git/commits{/sha}'),
    git_refs_url: templated('git/refs{/sha}'),
    git_tags_url: templated('git/tags{/sha}'),
    git_url: `git://github.com/${fullName}.git`,
    issue_comment_url: templated('issues/comments{/number}'),
    issue_events_url: templated('issues/events{/number}'),
    issues_url: templated('issues{/number}'),
    keys_url: templated('keys{/key_id}'),
    labels_url: templated('labels{/name}'),
    languages_url: templated('languages'),
    merges_url: templated('merges'),
    milestones_url: templated('milestones{/number}'),
    notifications_url: templated('notifications{?since,all,participating}'),
    pulls_url: templated('pulls{/number}'),
    releases_url: templated('releases{/id}'),
    ssh_url: `git@github.com:${fullName}.git`,
    stargazers_url: templated('stargazers'),
    statuses_url: templated('statuses/{sha}'),
    subscribers_url: templated('subscribers'),
    subscription_url: templated('subscription'),
    tags_url: templated('tags'),
    teams_url: templated('teams'),
    trees_url: templated('git/trees{/sha}'),
    clone_url: `https://github.com/${fullName}.git`,
    mirror_url: null,
    hooks_url: templated('hooks'),
    svn_url: `https://github.com/${fullName}`,
    homepage: null,
    language: null,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 1,
    default_branch: 'main',
    open_issues_count: 0,
    open_issues: 0,
    has_issues: true,
    has_projects: true,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    archived: false,
    disabled: false,
    license: null,
    pushed_at: '2025-01-01T00:00:00Z',
    created_at: '2024-01-01T00:00:00Z',
    updated_at: '2025-01-01T00:00:00Z',
  };
}

export function pullJson(r: Repo, p: StoredPull): Record<string, unknown> {
  const repoUrl = `${r.api}/repos/${r.owner}/${r.repo}`;
  const url = `${repoUrl}/pulls/${p.number}`;
  const html = `https://github.com/${r.owner}/${r.repo}/pull/${p.number}`;
  const link = (href: string) => ({ href });
  const [headOwner = r.owner] = p.headRepo.split('/');
  return {
    url,
    id: 9000 + p.number,
    node_id: nodeId('011:PullRequest', p.number),
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repoUrl}/issues/${p.number}`,
    commits_url: `${url}/commits`,
    review_comments_url: `${url}/comments`,
    review_comment_url: `${repoUrl}/pulls/comments{/number}`,
    comments_url: `${repoUrl}/issues/${p.number}/comments`,
    statuses_url: `${repoUrl}/statuses/${p.headSha}`,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    user: userJson(r, headOwner, 77),
    body: null,
    labels: [],
    milestone: null,
    active_lock_reason: null,
    created_at: '2025-01-01T00:00:00Z',
    updated_at: p.mergedAt ?? '2025-01-01T00:00:00Z',
    closed_at: p.mergedAt,
    merged_at: p.mergedAt,
    merge_commit_sha: p.mergeCommitSha,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: {
      label: `${headOwner}:${p.headRef}`,
      ref: p.headRef,
      sha: p.headSha,
      user: userJson(r, headOwner, 78),
      repo: repositoryJson(r, p.headRepo, 300),
    },
    base: {
      label: `${r.owner}:${p.baseRef}`,
      ref: p.baseRef,
      sha: p.baseSha,
      user: userJson(r, r.owner, 79),
      repo: repositoryJson(r, `${r.owner}/${r.repo}`, 200),
    },
    _links: {
      self: link(url),
      html: link(html),
      issue: link(`${repoUrl}/issues/${p.number}`),
      comments: link(`${repoUrl}/issues/${p.number}/comments`),
      review_comments: link(`${url}/comments`),
      review_comment: link(`${repoUrl}/pulls/comments{/number}`),
      commits: link(`${url}/commits`),
      statuses: link(`${repoUrl}/statuses/${p.headSha}`),
    },
    author_association: 'CONTRIBUTOR',
    auto_merge: null,
    draft: false,
  };
}
