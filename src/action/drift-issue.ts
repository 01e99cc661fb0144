import type { IssueTracker } from './github-api.js';

/** The label of the drift issue. */
export const DRIFT_LABEL = 'dns-drift';

/** The hidden marker that finds the drift issue of one config file again. */
export function driftMarker(configPath: string): string {
  return `<!-- gitops-dns-drift:${configPath.replaceAll('--', '-\\-')} -->`;
}

export interface DriftReport {
  configPath: string;
  /** Whether the provider differs from the repository. */
  drift: boolean;
  /** Issue title while drift persists. */
  title: string;
  /** The drift report (markdown, under GitHub's body limit); the marker is added here. */
  body: string;
  /** Comment left when closing the issue. */
  resolvedComment: string;
}

export type DriftOutcome =
  | { action: 'opened' | 'updated' | 'closed'; issueNumber: number; labelMissing?: boolean }
  | { action: 'none' };

/**
 * Keeps one issue per config file: opens it when drift appears, updates it while drift persists,
 * closes it with a comment when drift is gone.
 */
export async function reportDrift(tracker: IssueTracker, report: DriftReport): Promise<DriftOutcome> {
  const marker = driftMarker(report.configPath);
  // Oldest first (GitHub lists the newest first): the oldest issue keeps its history and links.
  const open = (await tracker.listOpenIssues(DRIFT_LABEL))
    .filter((i) => i.body.includes(marker))
    .sort((a, b) => a.number - b.number);
  const body = `${marker}\n${report.body}`;
  const [issue, ...duplicates] = open;
  if (!report.drift) {
    for (const i of open) await tracker.closeIssue(i.number, report.resolvedComment);
    return issue ? { action: 'closed', issueNumber: issue.number } : { action: 'none' };
  }
  if (!issue) {
    const created = await tracker.createIssue(report.title, body, [DRIFT_LABEL]);
    // Without its label the next run cannot find the issue and would open another one.
    const labelMissing = !created.labels.includes(DRIFT_LABEL);
    return { action: 'opened', issueNumber: created.number, ...(labelMissing ? { labelMissing } : {}) };
  }
  // Someone opened a second one by hand or a run raced: close the extras, keep the oldest.
  for (const extra of duplicates) await tracker.closeIssue(extra.number, `Superseded by #${issue.number}.`);
  if (issue.body !== body || issue.title !== report.title)
    await tracker.updateIssue(issue.number, report.title, body);
  return { action: 'updated', issueNumber: issue.number };
}
