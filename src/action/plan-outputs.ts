import type { Plan } from '../plan/plan.js';
import { countChanges, hasChanges } from '../reconcile/run-plan.js';

/** The Action's outputs (action.yml) for a plan whose JSON was written to `planJsonPath`. */
export function planOutputs(plan: Plan, planJsonPath: string): Record<string, string> {
  const counts = countChanges(plan);
  const changed = hasChanges(plan) || counts.creates + counts.updates + counts.deletes > 0;
  return {
    'has-changes': String(changed),
    creates: String(counts.creates),
    updates: String(counts.updates),
    deletes: String(counts.deletes),
    conflicts: String(counts.conflicts),
    checksum: plan.checksum,
    'plan-json': planJsonPath,
  };
}

/** Whether the plan shows or would write any change. */
export function planHasChanges(plan: Plan): boolean {
  return planOutputs(plan, '')['has-changes'] === 'true';
}
