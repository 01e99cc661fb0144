import type { Change, Plan, RecordState, ZonePlan } from '../plan/plan.js';
import type { Diagnostic } from '../records/diagnostic.js';
import type { EgressDiff, EgressHost } from '../records/egress.js';
import type { SourceRef } from '../records/record.js';
import { portsText, routingText } from './egress-section.js';
import { planHasChanges, planCounts, summaryLine } from './summary-line.js';
import { type TerminalStyle, safeText, terminalStyle } from './terminal-style.js';

export interface PlanTextOptions {
  /** ANSI colour; the caller decides (a TTY, `NO_COLOR`, `FORCE_COLOR`). */
  color: boolean;
}

const INDENT = '      ';

function where(s: { file?: string; line?: number }): string {
  if (s.file === undefined) return '';
  return safeText(s.line !== undefined ? `${s.file}:${s.line}` : s.file);
}

function sourceLines(sources: readonly SourceRef[] | undefined, st: TerminalStyle): string[] {
  return (sources ?? []).map((s) => {
    const object = safeText(`${s.kind} ${s.namespace !== undefined ? `${s.namespace}/` : ''}${s.name}`);
    return `${INDENT}${st.dim(`from ${where(s)} (${object})`)}`;
  });
}

function extras(state: RecordState | undefined): string {
  const ps = state?.providerSpecific ?? {};
  return Object.keys(ps)
    .sort()
    .map((k) => `${k}=${ps[k] ?? ''}`)
    .join(',');
}

function stateLines(state: RecordState, mark: string): string[] {
  const ps = extras(state);
  return [
    `${INDENT}${mark}ttl ${state.ttlSeconds}${ps ? `  ${safeText(ps)}` : ''}`,
    ...state.targets.map((v) => `${INDENT}${mark}${safeText(v)}`),
  ];
}

function updateLines(before: RecordState, after: RecordState, st: TerminalStyle): string[] {
  const lines: string[] = [];
  if (before.ttlSeconds !== after.ttlSeconds)
    lines.push(`${INDENT}ttl ${before.ttlSeconds} -> ${after.ttlSeconds}`);
  if (extras(before) !== extras(after))
    lines.push(`${INDENT}${safeText(`${extras(before) || '-'} -> ${extras(after) || '-'}`)}`);
  const old = new Set(before.targets);
  const now = new Set(after.targets);
  for (const v of [...new Set([...before.targets, ...after.targets])].sort()) {
    if (!now.has(v)) lines.push(st.red(`${INDENT}- ${safeText(v)}`));
    else if (!old.has(v)) lines.push(st.green(`${INDENT}+ ${safeText(v)}`));
    else lines.push(`${INDENT}  ${safeText(v)}`);
  }
  return lines;
}

function changeLines(change: Change, st: TerminalStyle): string[] {
  const what = `${safeText(change.name)} ${safeText(change.type)}`;
  if (change.kind === 'create') {
    return [
      st.green(`  + create ${what}`),
      ...stateLines(change.after, ''),
      ...sourceLines(change.sources, st),
    ];
  }
  if (change.kind === 'delete') return [st.red(`  - delete ${what}`), ...stateLines(change.before, '')];
  return [
    st.yellow(`  ~ update ${what}`),
    ...updateLines(change.before, change.after, st),
    ...sourceLines(change.sources, st),
  ];
}

function zoneLines(zone: ZonePlan, st: TerminalStyle): string[] {
  const lines = [st.bold(`Zone ${safeText(zone.zone)}`)];
  if (zone.blocked !== undefined) lines.push(st.red(`  ! apply blocked: ${safeText(zone.blocked)}`));
  if (zone.changes.length === 0) lines.push('  no changes');
  for (const change of zone.changes) lines.push(...changeLines(change, st));
  for (const c of zone.conflicts) {
    const owner = c.owner !== undefined ? ` (owner ${safeText(c.owner)})` : '';
    lines.push(st.magenta(`  ! conflict ${safeText(c.name)} ${safeText(c.type)}: ${c.reason}${owner}`));
    lines.push(`${INDENT}${safeText(c.message)}`, ...sourceLines(c.sources, st));
  }
  for (const k of zone.kept) {
    lines.push(st.cyan(`  = keep ${safeText(k.name)} ${safeText(k.type)}`), `${INDENT}${safeText(k.why)}`);
  }
  return lines;
}

function egressHostLine(mark: string, host: EgressHost, paint: (s: string) => string): string {
  const parts = [safeText(host.host), safeText(portsText(host)), routingText(host)].filter((p) => p !== '');
  return paint(`  ${mark} ${parts.join('  ')}`);
}

function egressLines(egress: EgressDiff, st: TerminalStyle): string[] {
  const base = egress.base !== undefined ? ` (compared with ${safeText(egress.base)})` : '';
  const lines = [st.bold(`Egress hosts${base}: ${egress.hosts.length} in total`)];
  for (const h of egress.added) lines.push(egressHostLine('+', h, st.green), ...sourceLines(h.sources, st));
  for (const h of egress.removed) lines.push(egressHostLine('-', h, st.red));
  for (const c of egress.changed) {
    lines.push(egressHostLine('~', c.after, st.yellow), ...c.what.map((w) => `${INDENT}${safeText(w)}`));
  }
  if (egress.added.length + egress.removed.length + egress.changed.length === 0)
    lines.push('  no egress changes');
  return lines;
}

function diagnosticLine(d: Diagnostic, st: TerminalStyle): string {
  const paint = d.severity === 'error' ? st.red : d.severity === 'warning' ? st.yellow : st.dim;
  const location = where(d);
  const key = d.key !== undefined ? ` (key ${safeText(d.key)})` : '';
  return `  ${paint(d.severity.padEnd(7))} ${location ? `${location}: ` : ''}${safeText(d.message)}${key} [${safeText(d.code)}]`;
}

/**
 * The plan for a terminal, in the manner of `terraform plan`: per zone, `+ create`, `~ update`
 * (before -> after) and `- delete`, then conflicts, kept records, names outside the zones, egress
 * hosts and diagnostics with file:line, and a closing `Plan:` line.
 */
export function renderPlanText(plan: Plan, options: PlanTextOptions): string {
  const st = terminalStyle(options.color);
  const sections: string[][] = plan.zones.map((z) => zoneLines(z, st));
  if (plan.outsideZones.length > 0) {
    sections.push([
      st.bold('Names outside the managed zones (never touched)'),
      ...plan.outsideZones.flatMap((o) => [
        `  ${safeText(o.name)} ${safeText(o.type)}`,
        ...sourceLines(o.sources, st),
      ]),
    ]);
  }
  if (plan.egress) sections.push(egressLines(plan.egress, st));
  if (plan.diagnostics.length > 0) {
    sections.push([st.bold('Diagnostics'), ...plan.diagnostics.map((d) => diagnosticLine(d, st))]);
  }
  const c = planCounts(plan);
  const last =
    planHasChanges(plan) || c.conflicts > 0
      ? st.bold(`Plan: ${summaryLine(plan)}.`)
      : st.bold('No changes.') + ' The DNS provider already matches the manifests.';
  sections.push([last]);
  return `${sections.map((s) => s.join('\n')).join('\n\n')}\n`;
}
