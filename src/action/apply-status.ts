import { escapeMessage } from '../report/escape-markdown.js';

export interface ZoneCounts {
  zone: string;
  creates: number;
  updates: number;
  deletes: number;
}

export type ApplyStatus =
  | {
      kind: 'applied' | 'incomplete';
      sha: string;
      zones: ZoneCounts[];
      reason?: string;
      runUrl?: string | undefined;
    }
  | { kind: 'refused' | 'failed'; sha: string; reason: string; runUrl?: string | undefined };

const headings: Record<ApplyStatus['kind'], string> = {
  applied: '✅ Applied',
  incomplete: '⚠️ Applied, but the provider still differs',
  refused: '⛔ Not applied: the plan changed since review',
  failed: '❌ Apply failed',
};

/** The block put on top of the PR comment (and the job summary) after the apply. */
export function renderApplyStatus(status: ApplyStatus): string {
  const run = status.runUrl ? ` ([run](${status.runUrl}))` : '';
  const lines = [`### ${headings[status.kind]} at \`${status.sha.slice(0, 12)}\`${run}`, ''];
  if (status.kind === 'applied' || status.kind === 'incomplete') {
    if (status.zones.length === 0)
      lines.push('Nothing to apply: the provider already held what the repository says.');
    else {
      lines.push('| zone | created | updated | deleted |', '| --- | ---: | ---: | ---: |');
      for (const z of status.zones)
        lines.push(`| \`${z.zone}\` | ${z.creates} | ${z.updates} | ${z.deletes} |`);
    }
  }
  if (status.reason) {
    // Prose becomes paragraphs; the `+`/`-` lines of a plan difference go into one diff block.
    const reasonLines = status.reason.split('\n');
    const isDiff = (l: string) => /^[+-] |^… and \d+ more$/.test(l);
    if (status.kind === 'applied' || status.kind === 'incomplete') lines.push('');
    for (const l of reasonLines.filter((x) => !isDiff(x))) lines.push(escapeMessage(l, 1000), '');
    const diff = reasonLines.filter(isDiff).map((l) => l.replaceAll('```', '``\u200b`'));
    if (diff.length > 0) lines.push('```diff', ...diff, '```');
  }
  return lines.join('\n').trimEnd();
}
