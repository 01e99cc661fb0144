import type { Plan } from '../plan/plan.js';

/** How many changes and conflicts a plan holds, over all zones (the Action's outputs use these). */
export interface PlanCounts {
  creates: number;
  updates: number;
  deletes: number;
  conflicts: number;
}

export function planCounts(plan: Plan): PlanCounts {
  const counts: PlanCounts = { creates: 0, updates: 0, deletes: 0, conflicts: 0 };
  for (const zone of plan.zones) {
    for (const change of zone.changes) {
      if (change.kind === 'create') counts.creates++;
      else if (change.kind === 'update') counts.updates++;
      else counts.deletes++;
    }
    counts.conflicts += zone.conflicts.length;
  }
  return counts;
}

/** True when applying the plan would change anything at the provider. */
export function planHasChanges(plan: Plan): boolean {
  return plan.zones.some((zone) => zone.changes.length > 0);
}

/** `1 thing` / `2 things`: the only plural rule the reports need. */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/**
 * The one-line summary every report starts or ends with, e.g.
 * `2 to create, 1 to update, 0 to delete, 1 conflict`. The verbs never change with the count,
 * so scripts can match the line; only `conflict(s)` is a noun and takes a plural.
 */
export function summaryLine(plan: Plan): string {
  const c = planCounts(plan);
  return `${c.creates} to create, ${c.updates} to update, ${c.deletes} to delete, ${countNoun(c.conflicts, 'conflict')}`;
}
