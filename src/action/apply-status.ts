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
    const [first, ...rest] = status.reason.split('\n');
    lines.push('', escapeMessage(first ?? '', 1000));
    if (rest.length > 0)
      lines.push('', '```diff', ...rest.map((l) => l.replaceAll('```', '``\u200b`')), '```');
  }
  return lines.join('\n');
}
