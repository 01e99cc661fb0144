import type { CommentWhen } from './get-inputs.js';
import type { CommentAuthor, IssueComment, PullRequestThread } from './github-api.js';

/** GitHub refuses comment bodies longer than this (characters). */
export const COMMENT_LIMIT_CHARS = 65_536;

/** The hidden marker that finds the comment of one config file again. */
export function commentMarker(configPath: string): string {
  return `<!-- gitops-dns:${configPath.replaceAll('--', '-\\-')} -->`;
}

/** The hidden marker carrying the checksum of the plan a reviewer saw. */
export function checksumMarker(checksum: string): string {
  return `<!-- gitops-dns-checksum:${checksum} -->`;
}

/** The checksum recorded in a comment body, if any. */
export function readChecksum(body: string): string | undefined {
  return /<!-- gitops-dns-checksum:([0-9a-f]+) -->/.exec(body)?.[1];
}

/** The comment of this config file on the pull request, if one was posted before. */
export async function findPlanComment(
  thread: PullRequestThread,
  pullNumber: number,
  configPath: string,
): Promise<IssueComment | undefined> {
  const marker = commentMarker(configPath);
  const comments = await thread.listComments(pullNumber);
  // The first one wins: should a race ever have posted two, the same one is always edited.
  return comments.find((c) => c.author !== undefined && isTrustedAuthor(c.author) && c.body.includes(marker));
}

const WRITE_ACCESS = new Set(['OWNER', 'MEMBER', 'COLLABORATOR']);

/**
 * Whether a comment's markers may be believed. Anyone may comment on a public pull request, and a
 * forged marker with a checksum would pass for a reviewed plan after merge; only the Action's own
 * account (a bot: the workflow token or an App) or someone who could merge anyway is trusted.
 */
export function isTrustedAuthor(author: CommentAuthor): boolean {
  return author.bot || WRITE_ACCESS.has(author.association);
}

export interface UpsertOptions {
  configPath: string;
  /** The full body, markers included, already under COMMENT_LIMIT_CHARS. */
  body: string;
  when: CommentWhen;
  hasChanges: boolean;
}

export type UpsertOutcome =
  { action: 'created' | 'updated' | 'unchanged'; commentId: number } | { action: 'skipped'; reason: string };

/**
 * Keeps one comment per config file: edits the earlier comment in place, or posts the first.
 * `changes` posts nothing for an empty plan unless there is an earlier comment to bring up to date.
 */
export async function upsertPlanComment(
  thread: PullRequestThread,
  pullNumber: number,
  options: UpsertOptions,
): Promise<UpsertOutcome> {
  if (options.when === 'never') return { action: 'skipped', reason: 'comment: never' };
  const existing = await findPlanComment(thread, pullNumber, options.configPath);
  if (existing) {
    if (existing.body === options.body) return { action: 'unchanged', commentId: existing.id };
    await thread.updateComment(existing.id, options.body);
    return { action: 'updated', commentId: existing.id };
  }
  if (options.when === 'changes' && !options.hasChanges)
    return { action: 'skipped', reason: 'comment: changes, and the plan has no changes' };
  const created = await thread.createComment(pullNumber, options.body);
  return { action: 'created', commentId: created.id };
}
