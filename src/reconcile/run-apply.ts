import type { Config } from '../config/schema.js';
import { GitopsDnsError } from '../errors.js';
import type { Plan } from '../plan/plan.js';
import type { ReconcileDeps } from './reconcile-deps.js';
import { hasChanges, runPlan } from './run-plan.js';

export interface ApplyOptions {
  /** Apply although the safety threshold, error diagnostics or a checksum mismatch say no. */
  force: boolean;
  /** Checksum of the plan that was reviewed; the recomputed plan must match it. */
  expectedChecksum?: string;
}

export interface ApplyResult {
  /** The plan that was applied. */
  plan: Plan;
  /** Zones written, in order. */
  appliedZones: string[];
  /** The plan computed after applying: empty when the provider now holds what the repository says. */
  after: Plan;
}

/** Why an apply must not go ahead, or undefined when it may. */
export function applyRefusal(plan: Plan, options: ApplyOptions): string | undefined {
  if (options.force) return undefined;
  if (options.expectedChecksum !== undefined && options.expectedChecksum !== plan.checksum)
    return `the plan differs from the reviewed one (reviewed ${options.expectedChecksum.slice(0, 12)}, now ${plan.checksum.slice(0, 12)}); re-run the plan and review it again, or force`;
  const errors = plan.diagnostics.filter((d) => d.severity === 'error').length;
  if (errors > 0) return `${errors} error(s) in the manifests; fix them or force`;
  const blocked = plan.zones.filter((z) => z.blocked);
  if (blocked.length > 0) return blocked.map((z) => `${z.zone}: ${z.blocked}`).join('; ');
  return undefined;
}

/**
 * `gitops-dns apply`: plan, check that this is the plan that may be applied, write zone by zone,
 * then plan again to prove the provider holds what the repository says.
 */
export async function runApply(
  config: Config,
  deps: ReconcileDeps,
  options: ApplyOptions,
): Promise<ApplyResult> {
  const { plan } = await runPlan(config, deps, { force: options.force });
  const refusal = applyRefusal(plan, options);
  if (refusal) {
    const code = refusal.startsWith('the plan differs') ? 'checksum-mismatch' : 'plan-blocked';
    throw new GitopsDnsError(code, `apply refused: ${refusal}`);
  }
  const appliedZones: string[] = [];
  for (const zone of plan.zones) {
    if (zone.rrsetChanges.length === 0) continue;
    deps.log(`applying ${zone.changes.length} change(s) to ${zone.zone}`);
    try {
      await deps.provider.applyChanges(zone.zone, zone.rrsetChanges);
    } catch (cause) {
      const done = appliedZones.length > 0 ? ` (already applied: ${appliedZones.join(', ')})` : '';
      throw new GitopsDnsError(
        'provider',
        `applying ${zone.zone} failed${done}: ${(cause as Error).message}`,
        {
          cause,
        },
      );
    }
    appliedZones.push(zone.zone);
  }
  const after = hasChanges(plan) ? (await runPlan(config, deps, { force: options.force })).plan : plan;
  return { plan, appliedZones, after };
}
