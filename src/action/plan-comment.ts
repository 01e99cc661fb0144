import type { Plan } from '../plan/plan.js';
import { renderPlanMarkdown } from '../report/plan-markdown.js';
import { changeLines, changesMarker } from './plan-difference.js';
import { checksumMarker, commentMarker, COMMENT_LIMIT_CHARS } from './pr-comment.js';

export interface PlanCommentOptions {
  configPath: string;
  /** Links to manifest lines start here, e.g. `https://github.com/o/r/blob/<head sha>/`. */
  linkBase?: string;
  /** Markdown shown above the plan, e.g. the result of the apply. */
  status?: string;
}

// Room kept free below GitHub's limit for the notice and the separators around the plan.
const MARGIN_CHARS = 600;

/**
 * The PR comment of one config file: hidden markers (config, checksum, reviewed changes), an
 * optional status, and the plan folded to fit GitHub's 65,536-character limit. The full plan is in
 * the job summary and the JSON file; a cut plan says so.
 */
export function composePlanComment(plan: Plan, options: PlanCommentOptions): string {
  const markers = [
    commentMarker(options.configPath),
    checksumMarker(plan.checksum),
    changesMarker(changeLines(plan)),
  ]
    .filter(Boolean)
    .join('\n');
  const status = options.status ? `${statusBlock(options.status)}\n\n` : '';
  const budget = COMMENT_LIMIT_CHARS - markers.length - status.length - MARGIN_CHARS;
  const markdown = renderPlanMarkdown(plan, {
    maxChars: budget,
    title: `gitops-dns plan for \`${options.configPath}\``,
    ...(options.linkBase ? { linkBase: options.linkBase } : {}),
    truncationHint: 'the full plan is in the job summary of this run and in its `plan-json` output',
  });
  return fitComment(`${markers}\n${status}${markdown}`);
}

const cutNotice =
  '\n\n> [!WARNING]\n> This comment was cut to fit GitHub’s 65,536-character limit. The full plan is in the job summary and the `plan-json` output.\n';

/** The last guard: never send a body GitHub would refuse, whatever the renderer produced. */
export function fitComment(body: string, limit = COMMENT_LIMIT_CHARS): string {
  if (body.length <= limit) return body;
  let cut = body.slice(0, limit - cutNotice.length);
  const lastNewline = cut.lastIndexOf('\n');
  if (lastNewline > cut.length / 2) cut = cut.slice(0, lastNewline);
  return cut + cutNotice;
}

const STATUS_START = '<!-- gitops-dns-status -->';
const STATUS_END = '<!-- /gitops-dns-status -->';

function statusBlock(status: string): string {
  // The blank line ends a table or list in the status before the closing marker.
  return `${STATUS_START}\n${status}\n\n${STATUS_END}`;
}

/**
 * Puts a status on top of an existing comment and leaves everything else as it was, the reviewed
 * checksum above all: a refused or failed apply must not turn the comment into an approval of the
 * plan it refused (a re-run of the job would then apply it).
 */
export function withStatus(body: string, status: string): string {
  const stripped = body.replace(/<!-- gitops-dns-status -->[\s\S]*?<!-- \/gitops-dns-status -->\n*/, '');
  const lines = stripped.split('\n');
  let markers = 0;
  while (markers < lines.length && /^<!-- gitops-dns[^>]*-->$/.test(lines[markers] ?? '')) markers++;
  return fitComment(
    [...lines.slice(0, markers), statusBlock(status), '', ...lines.slice(markers)].join('\n'),
  );
}
