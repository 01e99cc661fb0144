import type { RrsetChange } from '../records/record.js';
import type { Change, Conflict, ZonePlan } from './plan.js';

/** SPEC 5.5: deletes first (they free names for creates), then creates, then updates. */
const kindRank: Record<Change['kind'], number> = { delete: 0, create: 1, update: 2 };

/** Plain code-unit comparison: the same bytes on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNameType(a: { name: string; type: string }, b: { name: string; type: string }): number {
  return compareText(a.name, b.name) || compareText(a.type, b.type);
}

export function compareChanges(a: Change, b: Change): number {
  return kindRank[a.kind] - kindRank[b.kind] || compareNameType(a, b);
}

function rrsetOf(change: RrsetChange): { name: string; type: string } {
  return change.kind === 'delete' ? change.before : change.after;
}

export function compareRrsetChanges(a: RrsetChange, b: RrsetChange): number {
  return kindRank[a.kind] - kindRank[b.kind] || compareNameType(rrsetOf(a), rrsetOf(b));
}

export function compareConflicts(a: Conflict, b: Conflict): number {
  return compareNameType(a, b) || compareText(a.reason, b.reason);
}

/** Sorts every list of a zone plan in place (SPEC 5.5) and returns it. */
export function sortZonePlan(plan: ZonePlan): ZonePlan {
  plan.changes.sort(compareChanges);
  plan.rrsetChanges.sort(compareRrsetChanges);
  plan.conflicts.sort(compareConflicts);
  plan.kept.sort((a, b) => compareNameType(a, b) || compareText(a.why, b.why));
  return plan;
}
