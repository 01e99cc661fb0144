import type { Plan } from '../plan/plan.js';
import { codeSpan, escapeHtml, escapeMarkdown, escapeMessage } from './escape-markdown.js';
import { egressBlocks } from './egress-section.js';
import { type Block, fitToBudget } from './fit-to-budget.js';
import { foldedTable, tableHead, tableRow } from './markdown-table.js';
import { sourceLink, sourcesCell } from './source-link.js';
import { countNoun, planCounts, planHasChanges, summaryLine } from './summary-line.js';
import { blockedCallout, zoneBlocks, zoneHasNews } from './zone-markdown.js';

export interface PlanMarkdownOptions {
  /** Size budget in characters (UTF-16 units); default 60,000, below GitHub's 65,536 comment limit. */
  maxChars?: number;
  /** Base URL that a repository-relative file is appended to, e.g. `https://github.com/o/r/blob/<sha>/`. */
  linkBase?: string;
  /** Heading, as markdown; default `gitops-dns plan`. */
  title?: string;
  /** Markdown shown under the heading, e.g. which config and commit the plan is for. */
  headerNote?: string;
  /** Where the reader finds what a cut plan leaves out; default `the full plan is in the job summary / JSON`. */
  truncationHint?: string;
}

export const DEFAULT_MAX_CHARS = 60_000;

const severityLabel = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' } as const;

function outsideBlocks(plan: Plan, linkBase: string | undefined): Block[] {
  if (plan.outsideZones.length === 0) return [];
  const rows = plan.outsideZones.map((o) =>
    tableRow([codeSpan(o.name), escapeMarkdown(o.type), sourcesCell(o.sources, linkBase)]),
  );
  const summary = `${countNoun(plan.outsideZones.length, 'name')} outside the managed zones (never touched)`;
  return foldedTable(summary, 'names', tableHead(['Name', 'Type', 'Source']), rows);
}

function diagnosticsBlocks(plan: Plan, linkBase: string | undefined): Block[] {
  if (plan.diagnostics.length === 0) return [];
  const bySeverity = (s: 'error' | 'warning' | 'info') =>
    plan.diagnostics.filter((d) => d.severity === s).length;
  const counts = [
    countNoun(bySeverity('error'), 'error'),
    countNoun(bySeverity('warning'), 'warning'),
    countNoun(bySeverity('info'), 'info', 'info'),
  ];
  const rows = plan.diagnostics.map((d) =>
    tableRow([
      severityLabel[d.severity],
      d.file !== undefined ? sourceLink(d.file, d.line, linkBase) : '',
      codeSpan(d.code),
      escapeMessage(d.message) + (d.key !== undefined ? ` (key ${codeSpan(d.key)})` : ''),
    ]),
  );
  const head = tableHead(['Severity', 'Location', 'Code', 'Message']);
  return foldedTable(`Diagnostics: ${counts.join(', ')}`, 'diagnostics', head, rows);
}

function headBlocks(plan: Plan, options: PlanMarkdownOptions): Block[] {
  const c = planCounts(plan);
  const lines = [`## ${options.title ?? 'gitops-dns plan'}\n\n`];
  if (options.headerNote) lines.push(`${options.headerNote.trimEnd()}\n\n`);
  if (planHasChanges(plan) || c.conflicts > 0) lines.push(`**${summaryLine(plan)}**\n\n`);
  else lines.push('**No changes.** The DNS provider already matches the manifests.\n\n');
  lines.push(blockedCallout(plan.zones));
  return [{ kind: 'text', text: lines.join('') }];
}

function quietZones(plan: Plan): Block[] {
  const quiet = plan.zones.filter((z) => !zoneHasNews(z)).map((z) => codeSpan(z.zone));
  if (quiet.length === 0) return [];
  const many =
    quiet.length > 20 ? `${quiet.slice(0, 20).join(', ')} and ${quiet.length - 20} more` : quiet.join(', ');
  return [{ kind: 'text', text: `No changes in ${many}.\n\n` }];
}

function footer(plan: Plan): Block {
  return { kind: 'text', text: `---\n<sub>Plan checksum <code>${escapeHtml(plan.checksum)}</code></sub>\n` };
}

/**
 * The plan as GitHub markdown, for the PR comment and the job summary: a summary line, a table per
 * zone with links to the manifest lines, conflicts and diagnostics folded, the egress section, and
 * a footer with the checksum. Never longer than `maxChars`: rows are dropped from the end of the
 * biggest tables first and a notice says how many (see fit-to-budget.ts).
 */
export function renderPlanMarkdown(plan: Plan, options: PlanMarkdownOptions = {}): string {
  const linkBase = options.linkBase;
  const blocks: Block[] = [
    ...headBlocks(plan, options),
    { kind: 'notice', hint: options.truncationHint ?? 'the full plan is in the job summary / JSON' },
    ...plan.zones.filter(zoneHasNews).flatMap((z) => zoneBlocks(z, linkBase)),
    ...quietZones(plan),
    ...outsideBlocks(plan, linkBase),
    ...(plan.egress ? egressBlocks(plan.egress, linkBase) : []),
    ...diagnosticsBlocks(plan, linkBase),
    footer(plan),
  ];
  return fitToBudget(blocks, options.maxChars ?? DEFAULT_MAX_CHARS);
}
