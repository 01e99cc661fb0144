import type { EgressDiff, EgressHost } from '../records/egress.js';
import { codeSpan, escapeMarkdown, escapeMessage } from './escape-markdown.js';
import type { Block } from './fit-to-budget.js';
import { foldedTable, tableHead, tableRow } from './markdown-table.js';
import { sourcesCell } from './source-link.js';
import { countNoun } from './summary-line.js';

/** `443/HTTPS, 80/HTTP`: how reviewers read ports. */
export function portsText(host: EgressHost): string {
  return host.ports.map((p) => `${p.number}/${p.protocol}`).join(', ');
}

/** How traffic to the host leaves the mesh, in words. */
export function routingText(host: EgressHost): string {
  if (host.via === 'gateway') return 'via egress gateway';
  if (host.via === 'direct') return 'direct';
  return '';
}

const head = tableHead(['Change', 'Host', 'Ports', 'Routing', 'Details', 'Source']);

function hostRow(label: string, host: EgressHost, details: string[], linkBase: string | undefined): string {
  return tableRow([
    label,
    codeSpan(host.host),
    escapeMarkdown(portsText(host)),
    routingText(host),
    details.map((d) => escapeMessage(d.replaceAll(' -> ', ' → '))).join('<br>'),
    sourcesCell(host.sources, linkBase),
  ]);
}

function resolution(host: EgressHost): string[] {
  return host.resolution !== undefined ? [`resolution ${host.resolution}`] : [];
}

/**
 * The egress section: hosts added, removed and changed against the base branch. A removed host's
 * manifest line exists only on the base branch, so it is not linked to the head commit.
 */
export function egressBlocks(egress: EgressDiff, linkBase: string | undefined): Block[] {
  const blocks: Block[] = [{ kind: 'text', text: '### Egress hosts\n\n' }];
  const total = countNoun(egress.hosts.length, 'egress host');
  if (
    egress.base === undefined &&
    egress.added.length + egress.removed.length + egress.changed.length === 0
  ) {
    const rows = egress.hosts.map((h) => hostRow('', h, resolution(h), linkBase));
    blocks.push({ kind: 'text', text: `No base revision to compare with; ${total} declared.\n\n` });
    if (rows.length > 0) blocks.push(...foldedTable(`All ${total}`, 'egress hosts', head, rows));
    return blocks;
  }
  const base = egress.base !== undefined ? ` with ${codeSpan(egress.base)}` : '';
  const counts = `${egress.added.length} added, ${egress.removed.length} removed, ${egress.changed.length} changed`;
  const rows = [
    ...egress.added.map((h) => hostRow('➕ added', h, resolution(h), linkBase)),
    ...egress.removed.map((h) => hostRow('➖ removed', h, resolution(h), undefined)),
    ...egress.changed.map((c) => hostRow('🔄 changed', c.after, c.what, linkBase)),
  ];
  if (rows.length === 0) {
    blocks.push({ kind: 'text', text: `No egress changes compared${base}; ${total} in total.\n\n` });
    return blocks;
  }
  blocks.push({ kind: 'text', text: `Compared${base}: ${counts}; ${total} in total.\n\n` });
  blocks.push({ kind: 'table', noun: 'egress hosts', head, rows });
  return blocks;
}
