import type { Config } from '../config/schema.js';
import { checkEgressResolution, type HostLookup } from '../egress/egress-resolution.js';
import { diffEgress } from '../plan/egress-diff.js';
import type { Plan } from '../plan/plan.js';
import { normalizeDesired } from '../plan/normalize-desired.js';
import { computePlan } from '../plan/planner.js';
import { sortDiagnostics, type Diagnostic } from '../records/diagnostic.js';
import type { Rrset } from '../records/record.js';
import { extract, type Extraction } from '../sources/extraction.js';
import type { ReconcileDeps } from './reconcile-deps.js';

export interface PlanOptions {
  /** Ignore the safety threshold (SPEC 5.4). */
  force?: boolean;
  /** Drift checks: look up every egress host and report those that no longer resolve. */
  egressLookup?: HostLookup;
}

/** What a plan run produced: the plan and the extraction it came from. */
export interface PlanRun {
  plan: Plan;
  extraction: Extraction;
}

/**
 * `gitops-dns plan`: manifests -> desired records; provider -> current records; planner -> plan.
 * A provider error stops here (thrown), so it can never become a deletion.
 */
export async function runPlan(
  config: Config,
  deps: ReconcileDeps,
  options: PlanOptions = {},
): Promise<PlanRun> {
  deps.log(`reading manifests (${config.manifests.join(', ')})`);
  const extraction = await extract(config, deps.reader);
  deps.log(
    `read ${extraction.documents} documents: ${extraction.records.length} records, ${extraction.egress.length} egress hosts, ${extraction.diagnostics.length} diagnostics`,
  );
  const baseEgress = deps.baseReader ? (await extract(config, deps.baseReader)).egress : undefined;

  const current = new Map<string, Rrset[]>();
  for (const zone of [...config.zones].sort()) {
    deps.log(`listing ${zone} from ${deps.provider.name}`);
    current.set(zone, await deps.provider.listRecords(zone));
  }

  const diagnostics: Diagnostic[] = [...extraction.diagnostics];
  if (options.egressLookup) {
    deps.log(`checking that ${extraction.egress.length} egress hosts resolve`);
    diagnostics.push(...(await checkEgressResolution(extraction.egress, options.egressLookup)));
  }
  const withholdDeletes =
    extraction.unreadableDocuments > 0
      ? `${extraction.unreadableDocuments} manifest document(s) could not be read; no record is deleted until they are fixed or excluded`
      : undefined;
  const plan = computePlan({
    zones: config.zones,
    owner: config.owner,
    ownership: {
      prefix: config['txt-prefix'],
      suffix: config['txt-suffix'],
      wildcardReplacement: config['txt-wildcard-replacement'],
    },
    policy: config.policy,
    defaultTtlSeconds: config['default-ttl'],
    safety: {
      maxChangePercent: config.safety['max-change-percent'],
      minRecords: config.safety['min-records'],
    },
    force: options.force ?? false,
    desired: normalizeDesired(
      extraction.records,
      deps.provider.normalizeRrset?.bind(deps.provider),
      config['default-ttl'],
    ),
    protectedNames: [
      ...extraction.unknown.map((u) => ({ name: u.name, why: 'target unknown' })),
      ...extraction.claimedTwice.map((c) => ({ name: c.name, why: 'claimed twice' })),
    ],
    claimedTwice: extraction.claimedTwice,
    ...(withholdDeletes ? { withholdDeletes } : {}),
    current,
    supportedTypes: deps.provider.supportedTypes,
    diagnostics,
  });
  plan.egress = diffEgress(extraction.egress, baseEgress, deps.baseRef);
  const emptyWipe = wipeWithoutManifests(config, extraction, plan);
  if (emptyWipe) plan.diagnostics = sortDiagnostics([...plan.diagnostics, emptyWipe]);
  return { plan, extraction };
}

/**
 * Manifests that ask for no record at all (a mistyped glob, a moved folder) while the plan would
 * delete owned records: an error, so that apply refuses unless forced. Zones under the safety
 * threshold's min-records would otherwise be emptied without a word.
 */
function wipeWithoutManifests(config: Config, extraction: Extraction, plan: Plan): Diagnostic | undefined {
  if (extraction.records.length + extraction.unknown.length + extraction.claimedTwice.length > 0) return;
  const deletes = plan.zones.reduce((n, z) => n + z.changes.filter((c) => c.kind === 'delete').length, 0);
  if (deletes === 0) return undefined;
  return {
    severity: 'error',
    code: 'no-manifests',
    message:
      `the manifests (${config.manifests.join(', ')}) ask for no record, yet ${deletes} owned record(s) would be deleted; ` +
      'check the manifests globs, or apply with --force if every record should go',
  };
}

/** Counts of a plan's changes, as the Action's outputs and the summary line use them. */
export function countChanges(plan: Plan): {
  creates: number;
  updates: number;
  deletes: number;
  conflicts: number;
} {
  const counts = { creates: 0, updates: 0, deletes: 0, conflicts: 0 };
  for (const zone of plan.zones) {
    counts.conflicts += zone.conflicts.length;
    for (const change of zone.changes) {
      if (change.kind === 'create') counts.creates++;
      else if (change.kind === 'update') counts.updates++;
      else counts.deletes++;
    }
  }
  return counts;
}

/** Whether the provider would be written to. */
export function hasChanges(plan: Plan): boolean {
  return plan.zones.some((z) => z.rrsetChanges.length > 0);
}
