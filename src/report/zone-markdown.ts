import type { Change, RecordState, ZonePlan } from '../plan/plan.js';
import { codeSpan, escapeHtml, escapeMarkdown, escapeMessage } from './escape-markdown.js';
import type { Block } from './fit-to-budget.js';
import { foldedTable, tableHead, tableRow } from './markdown-table.js';
import { sourcesCell } from './source-link.js';
import { countNoun } from './summary-line.js';

/** Values shown per cell; the JSON plan lists them all. */
const MAX_VALUES = 10;

export const actionLabel: Record<Change['kind'], string> = {
  create: '➕ create',
  update: '🔄 update',
  delete: '➖ delete',
};

/** Lines of one cell, at most MAX_VALUES, then `+N more`. */
function capLines(lines: string[]): string {
  const shown = lines.slice(0, MAX_VALUES);
  if (lines.length > MAX_VALUES) shown.push(`+${lines.length - MAX_VALUES} more`);
  return shown.join('<br>');
}

function providerSpecificLines(before: RecordState | undefined, after: RecordState | undefined): string[] {
  const b = before?.providerSpecific ?? {};
  const a = after?.providerSpecific ?? {};
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].sort();
  const sub = (text: string) => `<sub>${escapeMarkdown(text)}</sub>`;
  // A create or delete lists its settings; an update lists only the settings that change.
  if (!before || !after) return keys.map((key) => sub(`${key}=${a[key] ?? b[key] ?? ''}`));
  return keys
    .filter((key) => b[key] !== a[key])
    .map((key) => sub(`${key}: ${b[key] ?? '(none)'} → ${a[key] ?? '(none)'}`));
}

/** Targets of an update as a small diff: `− old`, `+ new`, unchanged values without a mark. */
function targetsDiff(before: string[], after: string[]): string[] {
  const old = new Set(before);
  const now = new Set(after);
  return [...new Set([...before, ...after])].sort().map((v) => {
    if (!now.has(v)) return `− ${codeSpan(v)}`;
    if (!old.has(v)) return `+ ${codeSpan(v)}`;
    return codeSpan(v);
  });
}

function ttlCell(change: Change): string {
  if (change.kind === 'create') return String(change.after.ttlSeconds);
  if (change.kind === 'delete') return String(change.before.ttlSeconds);
  const { before, after } = change;
  return before.ttlSeconds === after.ttlSeconds
    ? String(after.ttlSeconds)
    : `${before.ttlSeconds} → ${after.ttlSeconds}`;
}

function targetsCell(change: Change): string {
  if (change.kind === 'update') {
    const lines = capLines(targetsDiff(change.before.targets, change.after.targets));
    return [lines, ...providerSpecificLines(change.before, change.after)].join('<br>');
  }
  const state = change.kind === 'create' ? change.after : change.before;
  const extra =
    change.kind === 'create'
      ? providerSpecificLines(undefined, state)
      : providerSpecificLines(state, undefined);
  return [capLines(state.targets.map((v) => codeSpan(v))), ...extra].join('<br>');
}

function changeRow(change: Change, linkBase: string | undefined): string {
  const sources = change.kind === 'delete' ? '' : sourcesCell(change.sources, linkBase);
  return tableRow([
    actionLabel[change.kind],
    codeSpan(change.name),
    escapeMarkdown(change.type),
    ttlCell(change),
    targetsCell(change),
    sources,
  ]);
}

function conflictBlocks(zone: ZonePlan, linkBase: string | undefined): Block[] {
  if (zone.conflicts.length === 0) return [];
  const rows = zone.conflicts.map((c) =>
    tableRow([
      codeSpan(c.name),
      escapeMarkdown(c.type),
      `\`${c.reason}\`${c.owner !== undefined ? `<br>owner ${codeSpan(c.owner)}` : ''}`,
      escapeMessage(c.message),
      sourcesCell(c.sources, linkBase),
    ]),
  );
  const summary = `⚠️ ${countNoun(zone.conflicts.length, 'conflict')} in ${escapeHtml(zone.zone)}`;
  return foldedTable(summary, 'conflicts', tableHead(['Name', 'Type', 'Reason', 'Details', 'Source']), rows);
}

function keptBlocks(zone: ZonePlan): Block[] {
  if (zone.kept.length === 0) return [];
  const rows = zone.kept.map((k) =>
    tableRow([codeSpan(k.name), escapeMarkdown(k.type), escapeMessage(k.why)]),
  );
  const summary = `${countNoun(zone.kept.length, 'owned record')} kept in ${escapeHtml(zone.zone)} although no manifest asks for it`;
  return foldedTable(summary, 'kept records', tableHead(['Name', 'Type', 'Why kept']), rows);
}

/** One callout for every zone whose apply the safety threshold blocks, shown under the summary. */
export function blockedCallout(zones: readonly ZonePlan[]): string {
  const lines = zones.flatMap((z) =>
    z.blocked !== undefined
      ? [`> **Apply blocked for ${codeSpan(z.zone)}:** ${escapeMessage(z.blocked)}\n`]
      : [],
  );
  return lines.length === 0 ? '' : `> [!CAUTION]\n${lines.join('>\n')}\n`;
}

/** True when a zone has anything to show beyond "no changes". */
export function zoneHasNews(zone: ZonePlan): boolean {
  return (
    zone.changes.length > 0 || zone.conflicts.length > 0 || zone.kept.length > 0 || zone.blocked !== undefined
  );
}

/** One zone's section: heading, the change table, then conflicts and kept records folded. */
export function zoneBlocks(zone: ZonePlan, linkBase: string | undefined): Block[] {
  const blocked = zone.blocked !== undefined ? ' (apply blocked)' : '';
  const blocks: Block[] = [{ kind: 'text', text: `### Zone ${codeSpan(zone.zone)}${blocked}\n\n` }];
  if (zone.changes.length === 0) blocks.push({ kind: 'text', text: 'No changes.\n\n' });
  else {
    const head = tableHead(['Action', 'Name', 'Type', 'TTL', 'Targets', 'Source']);
    blocks.push({
      kind: 'table',
      noun: 'changes',
      head,
      rows: zone.changes.map((c) => changeRow(c, linkBase)),
    });
  }
  return [...blocks, ...conflictBlocks(zone, linkBase), ...keptBlocks(zone)];
}
