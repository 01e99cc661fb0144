import { classifyZone, type Ownership, type ZoneOwnership } from '../ownership/classify-zone.js';
import { ownershipName, ownershipRecordType, type OwnershipSettings } from '../ownership/ownership-name.js';
import { ownershipValue, resourceLabel } from '../ownership/ownership-value.js';
import {
  rrsetKey,
  type DesiredRecord,
  type Rrset,
  type RrsetChange,
  type SourceRef,
} from '../records/record.js';
import type { RecordState, ZonePlan } from './plan.js';
import { sortZonePlan } from './plan-order.js';
import { findConflict, type ConflictContext } from './zone-conflicts.js';

export type Policy = 'sync' | 'upsert-only' | 'create-only';

/** Everything the planner knows about one managed zone (see planner.ts for the algorithm). */
export interface ZonePlanInput {
  zone: string;
  owner: string;
  settings: OwnershipSettings;
  policy: Policy;
  defaultTtlSeconds: number;
  safety: { maxChangePercent: number; minRecords: number };
  force: boolean;
  /** Desired records of this zone, one per (name, type). */
  desired: DesiredRecord[];
  claimedTwice: { name: string; type: string; sources: SourceRef[]; message: string }[];
  /** Names whose owned records are kept whatever happens, with why. */
  protectedNames: ReadonlyMap<string, string>;
  withholdDeletes?: string;
  /** The zone's current rrsets (those of managed child zones removed). */
  current: Rrset[];
  supportedTypes?: ReadonlySet<string>;
}

const migrationWhy = 'ownership record migrated from the legacy untyped format to the typed one';

function stateOf(rrset: Rrset): RecordState {
  const state: RecordState = { ttlSeconds: rrset.ttlSeconds, targets: rrset.values };
  if (rrset.providerSpecific && Object.keys(rrset.providerSpecific).length > 0) {
    state.providerSpecific = rrset.providerSpecific;
  }
  return state;
}

function rrsetOf(d: DesiredRecord, ttlSeconds: number, base?: Record<string, string>): Rrset {
  const providerSpecific = { ...base, ...d.providerSpecific };
  const rrset: Rrset = { name: d.name, type: d.type, ttlSeconds, values: [...d.targets].sort() };
  if (Object.keys(providerSpecific).length > 0) rrset.providerSpecific = providerSpecific;
  return rrset;
}

/** Whether the current rrset differs from the desired record in what the manifest says. */
function differs(d: DesiredRecord, current: Rrset): boolean {
  const targets = [...d.targets].sort();
  if (targets.length !== current.values.length || targets.some((t, i) => t !== current.values[i]))
    return true;
  if (d.ttlSeconds !== undefined && d.ttlSeconds !== current.ttlSeconds) return true;
  return Object.entries(d.providerSpecific ?? {}).some(([k, v]) => current.providerSpecific?.[k] !== v);
}

function isApexNsOrSoa(rrset: Rrset, zone: string): boolean {
  return rrset.type === 'SOA' || (rrset.type === 'NS' && rrset.name === zone);
}

function typesByName(rrsets: Iterable<{ name: string; type: string }>): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const r of rrsets) {
    const set = map.get(r.name) ?? new Set<string>();
    set.add(r.type);
    map.set(r.name, set);
  }
  return map;
}

/** Builds one zone's plan; the planner calls it once per managed zone. */
class ZonePlanBuilder {
  readonly plan: ZonePlan;
  private readonly ownership: ZoneOwnership;
  private readonly claimed: Map<string, ZonePlanInput['claimedTwice'][number]>;
  private readonly txtWritten = new Set<string>();

  constructor(private readonly input: ZonePlanInput) {
    this.plan = { zone: input.zone, changes: [], conflicts: [], rrsetChanges: [], ownedCount: 0, kept: [] };
    this.ownership = classifyZone(input.current, input.owner, input.settings);
    this.claimed = new Map(input.claimedTwice.map((c) => [rrsetKey(c), c]));
  }

  build(): ZonePlan {
    for (const c of this.input.claimedTwice) {
      const { name, type, sources, message } = c;
      this.plan.conflicts.push({ name, type, reason: 'claimed-twice', message, sources });
    }
    const desired = this.input.desired.filter((d) => !this.claimed.has(rrsetKey(d)));
    const deleted = this.planDeletes(new Set(desired.map(rrsetKey)));
    const ctx: ConflictContext = {
      zone: this.input.zone,
      owner: this.input.owner,
      settings: this.input.settings,
      ownership: this.ownership,
      supportedTypes: this.input.supportedTypes,
      desiredTypes: typesByName(desired),
      remainingTypes: typesByName(this.input.current.filter((r) => !deleted.has(rrsetKey(r)))),
      ownershipNames: new Set(desired.map((d) => this.txtName(d))),
      namesByOwnershipName: this.namesByOwnershipName(desired),
    };
    for (const d of desired) {
      const conflict = findConflict(d, ctx);
      if (conflict) this.plan.conflicts.push(conflict);
      else this.planDesired(d);
    }
    this.checkSafety();
    return sortZonePlan(this.plan);
  }

  /** Typed ownership name -> record names that map to it, over current records and desired ones. */
  private namesByOwnershipName(desired: readonly DesiredRecord[]): Map<string, Set<string>> {
    const map = new Map<string, Set<string>>();
    const records = [...[...this.ownership.records.values()].map((r) => r.rrset), ...desired];
    for (const record of records) {
      const name = this.txtName(record);
      map.set(name, (map.get(name) ?? new Set<string>()).add(record.name));
    }
    return map;
  }

  private txtName(record: Pick<Rrset, 'name' | 'type' | 'providerSpecific'>): string {
    return ownershipName(record.name, ownershipRecordType(record), this.input.settings);
  }

  /** Owned records nothing desires: deleted, or kept with the reason. Returns the deleted keys. */
  private planDeletes(desiredKeys: ReadonlySet<string>): Set<string> {
    const deleted = new Set<string>();
    for (const { rrset, ownership } of this.ownership.records.values()) {
      if (ownership.state !== 'owned' || isApexNsOrSoa(rrset, this.input.zone)) continue;
      this.plan.ownedCount++;
      const key = rrsetKey(rrset);
      if (desiredKeys.has(key)) continue;
      const why = this.keepReason(rrset);
      if (why !== undefined) {
        this.plan.kept.push({ name: rrset.name, type: rrset.type, why });
        continue;
      }
      deleted.add(key);
      this.plan.changes.push({ kind: 'delete', name: rrset.name, type: rrset.type, before: stateOf(rrset) });
      this.plan.rrsetChanges.push({ kind: 'delete', before: rrset });
      // A legacy untyped ownership record is left in place, as external-dns v0.18 does.
      if (ownership.via === 'typed')
        this.plan.rrsetChanges.push({ kind: 'delete', before: ownership.record.rrset });
    }
    return deleted;
  }

  private keepReason(rrset: Rrset): string | undefined {
    const claim = this.claimed.get(rrsetKey(rrset));
    if (claim) return `claimed twice: ${claim.message}`;
    const protectedWhy = this.input.protectedNames.get(rrset.name);
    if (protectedWhy !== undefined) return protectedWhy;
    if (this.input.withholdDeletes !== undefined) return this.input.withholdDeletes;
    if (this.input.policy !== 'sync') return `policy ${this.input.policy} never deletes`;
    return undefined;
  }

  private planDesired(d: DesiredRecord): void {
    const current = this.ownership.records.get(rrsetKey(d));
    if (!current) return this.planCreate(d);
    if (current.ownership.state === 'owned') this.planUpdate(d, current.rrset, current.ownership);
  }

  private planCreate(d: DesiredRecord): void {
    const after = rrsetOf(d, d.ttlSeconds ?? this.input.defaultTtlSeconds);
    this.plan.changes.push({
      kind: 'create',
      name: d.name,
      type: d.type,
      after: stateOf(after),
      sources: d.sources,
    });
    this.plan.rrsetChanges.push({ kind: 'create', after }, ...this.ownershipWrite(after, d.sources));
  }

  private planUpdate(d: DesiredRecord, current: Rrset, ownership: Ownership & { state: 'owned' }): void {
    const changed = differs(d, current);
    // Protected names (unknown target, claimed twice) and create-only: never updated.
    const holdWhy =
      this.input.policy === 'create-only'
        ? 'policy create-only never updates'
        : this.input.protectedNames.get(d.name);
    if (holdWhy !== undefined) {
      if (changed) this.plan.kept.push({ name: d.name, type: d.type, why: holdWhy });
      return;
    }
    if (!changed && ownership.via === 'typed') return;
    const after = changed
      ? rrsetOf(d, d.ttlSeconds ?? current.ttlSeconds, current.providerSpecific)
      : current;
    const change = {
      kind: 'update' as const,
      name: d.name,
      type: d.type,
      before: stateOf(current),
      after: stateOf(after),
      sources: d.sources,
    };
    this.plan.changes.push(changed ? change : { ...change, why: migrationWhy });
    if (changed) this.plan.rrsetChanges.push({ kind: 'update', before: current, after });
    this.plan.rrsetChanges.push(...this.ownershipWrite(after, d.sources));
  }

  /** The typed ownership record a written record needs: created, rewritten, or already right. */
  private ownershipWrite(record: Rrset, sources: readonly SourceRef[]): RrsetChange[] {
    const name = this.txtName(record);
    if (this.txtWritten.has(name)) return [];
    this.txtWritten.add(name);
    const value = ownershipValue(this.input.owner, resourceLabel(sources));
    const existing = this.ownership.registry.get(name)?.rrset;
    if (!existing)
      return [
        { kind: 'create', after: { name, type: 'TXT', ttlSeconds: record.ttlSeconds, values: [value] } },
      ];
    if (existing.values.length === 1 && existing.values[0] === value) return [];
    return [{ kind: 'update', before: existing, after: { ...existing, values: [value] } }];
  }

  /** SPEC 5.4: too many updates and deletes of owned records block the zone unless forced. */
  private checkSafety(): void {
    const { maxChangePercent, minRecords } = this.input.safety;
    const owned = this.plan.ownedCount;
    const touched = this.plan.changes.filter(
      (c) => c.kind === 'delete' || (c.kind === 'update' && c.why === undefined),
    ).length;
    if (this.input.force || owned === 0 || owned < minRecords) return;
    if (touched * 100 <= maxChangePercent * owned) return;
    const percent = Math.round((touched * 1000) / owned) / 10;
    this.plan.blocked =
      `${touched} of ${owned} owned records in ${this.input.zone} would be updated or deleted (${percent}%), ` +
      `above the ${maxChangePercent}% safety threshold; review the plan and apply with --force if it is intended`;
  }
}

/** Plans one managed zone: conflicts, deletes, creates, updates, safety (see planner.ts). */
export function planZone(input: ZonePlanInput): ZonePlan {
  return new ZonePlanBuilder(input).build();
}
