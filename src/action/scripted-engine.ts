import { createHash } from 'node:crypto';
import { GitopsDnsError } from '../errors.js';
import type { Change, Plan } from '../plan/plan.js';
import type { ApplyOptions, ApplyResult } from '../reconcile/run-apply.js';
import type { Extraction } from '../sources/extraction.js';
import type { Engine } from './engine.js';

/** A plan with the given changes in zone example.com; the checksum follows from the changes. */
export function planOf(changes: Change[], diagnostics: Plan['diagnostics'] = []): Plan {
  return {
    checksum: createHash('sha256').update(JSON.stringify(changes)).digest('hex'),
    zones: [
      {
        zone: 'example.com',
        changes,
        conflicts: [],
        rrsetChanges: changes.map((c) =>
          c.kind === 'delete'
            ? {
                kind: 'delete',
                before: {
                  name: c.name,
                  type: c.type,
                  ttlSeconds: c.before.ttlSeconds,
                  values: c.before.targets,
                },
              }
            : {
                kind: 'create',
                after: {
                  name: c.name,
                  type: c.type,
                  ttlSeconds: c.after.ttlSeconds,
                  values: c.after.targets,
                },
              },
        ),
        ownedCount: 0,
        kept: [],
      },
    ],
    outsideZones: [],
    diagnostics,
  };
}

export function create(name: string, target: string): Change {
  return { kind: 'create', name, type: 'A', after: { ttlSeconds: 300, targets: [target] }, sources: [] };
}

/**
 * An engine whose provider state is a plan: `plan()` shows it, `apply()` empties it (or leaves
 * `remainingAfterApply`). It checks the expected checksum as the real apply does.
 */
export class ScriptedEngine implements Engine {
  readonly configPath = 'gitops-dns.yaml';
  directPush: 'apply' | 'skip' = 'apply';
  applied: Plan[] = [];
  remainingAfterApply: Plan | undefined;
  failApply: string | undefined;
  extraction: Extraction | undefined;

  constructor(public current: Plan) {}

  async endpoints(): Promise<Extraction> {
    if (!this.extraction) throw new Error('no extraction scripted');
    return this.extraction;
  }

  /** The options of every plan() call, so flows can be checked for what they ask. */
  planOptions: { force?: boolean; checkEgressDns?: boolean }[] = [];

  async plan(options: { force?: boolean; checkEgressDns?: boolean } = {}): Promise<Plan> {
    this.planOptions.push(options);
    return this.current;
  }

  async apply(options: ApplyOptions): Promise<ApplyResult> {
    const plan = this.current;
    if (
      !options.force &&
      options.expectedChecksum !== undefined &&
      options.expectedChecksum !== plan.checksum
    )
      throw new GitopsDnsError('checksum-mismatch', 'apply refused: the plan differs from the reviewed one');
    if (this.failApply) throw new GitopsDnsError('provider', this.failApply);
    this.applied.push(plan);
    this.current = this.remainingAfterApply ?? planOf([]);
    return {
      plan,
      appliedZones: plan.zones.filter((z) => z.changes.length > 0).map((z) => z.zone),
      after: this.current,
    };
  }
}
