import { GitopsDnsError } from '../../errors.js';
import { rrsetKey, type Rrset, type RrsetChange } from '../../records/record.js';
import type { Provider } from '../provider.js';

/** The types the in-memory provider accepts unless told otherwise. */
export const memoryProviderTypes: ReadonlySet<string> = new Set([
  'A',
  'AAAA',
  'CAA',
  'CNAME',
  'MX',
  'NS',
  'PTR',
  'SOA',
  'SRV',
  'TXT',
]);

export interface MemoryProviderOptions {
  supportedTypes?: Iterable<string>;
}

function copy(rrset: Rrset): Rrset {
  const out: Rrset = {
    name: rrset.name,
    type: rrset.type,
    ttlSeconds: rrset.ttlSeconds,
    values: [...rrset.values],
  };
  if (rrset.providerSpecific) out.providerSpecific = { ...rrset.providerSpecific };
  return out;
}

function sameProviderSpecific(a?: Record<string, string>, b?: Record<string, string>): boolean {
  const ea = Object.entries(a ?? {});
  return ea.length === Object.keys(b ?? {}).length && ea.every(([k, v]) => b?.[k] === v);
}

/** Whether two rrsets hold the same data (values compared as sets). */
export function sameRrset(a: Rrset, b: Rrset): boolean {
  const va = [...a.values].sort();
  const vb = [...b.values].sort();
  return (
    a.name === b.name &&
    a.type === b.type &&
    a.ttlSeconds === b.ttlSeconds &&
    va.length === vb.length &&
    va.every((v, i) => v === vb[i]) &&
    sameProviderSpecific(a.providerSpecific, b.providerSpecific)
  );
}

function fail(zone: string, rrset: Rrset, why: string): never {
  throw new GitopsDnsError('provider', `memory: ${zone}: ${rrset.name} ${rrset.type}: ${why}`);
}

/**
 * A provider that keeps zones in memory: the test double for every stage above the providers.
 * It behaves as a careful real provider does: a change set is checked whole (before states must
 * match what is held, creates must not exist, a CNAME may not share its name) and then applied
 * all at once, or not at all.
 */
export class MemoryProvider implements Provider {
  readonly name = 'memory';
  readonly supportedTypes: ReadonlySet<string>;
  /** Every change set applied so far, in order, for tests to inspect. */
  readonly applied: { zone: string; changes: RrsetChange[] }[] = [];
  private readonly zones = new Map<string, Map<string, Rrset>>();

  constructor(initial: Record<string, Rrset[]>, options: MemoryProviderOptions = {}) {
    this.supportedTypes = new Set(options.supportedTypes ?? memoryProviderTypes);
    for (const [zone, rrsets] of Object.entries(initial)) {
      this.zones.set(zone, new Map(rrsets.map((r) => [rrsetKey(r), copy(r)])));
    }
  }

  async listRecords(zone: string): Promise<Rrset[]> {
    return [...this.zoneOf(zone).values()]
      .map(copy)
      .sort((a, b) => (rrsetKey(a) < rrsetKey(b) ? -1 : rrsetKey(a) > rrsetKey(b) ? 1 : 0));
  }

  async applyChanges(zone: string, changes: readonly RrsetChange[]): Promise<void> {
    const held = this.zoneOf(zone);
    if (changes.length === 0) return;
    const next = new Map(held);
    for (const change of changes) this.applyOne(zone, next, change);
    this.checkCnames(
      zone,
      next,
      new Set(changes.map((c) => (c.kind === 'delete' ? c.before : c.after).name)),
    );
    this.zones.set(zone, next);
    this.applied.push({ zone, changes: changes.map((c) => structuredClone(c)) });
  }

  /** Puts rrsets into a zone behind the planner's back (out-of-band edits in tests). */
  seed(zone: string, rrsets: readonly Rrset[]): void {
    const held = this.zones.get(zone) ?? new Map<string, Rrset>();
    for (const r of rrsets) held.set(rrsetKey(r), copy(r));
    this.zones.set(zone, held);
  }

  /** A copy of every zone, for assertions. */
  snapshot(): Record<string, Rrset[]> {
    const out: Record<string, Rrset[]> = {};
    for (const [zone, rrsets] of this.zones) out[zone] = [...rrsets.values()].map(copy);
    return out;
  }

  private zoneOf(zone: string): Map<string, Rrset> {
    const held = this.zones.get(zone);
    if (!held) throw new GitopsDnsError('provider', `memory: no zone ${zone}`);
    return held;
  }

  private applyOne(zone: string, next: Map<string, Rrset>, change: RrsetChange): void {
    if (change.kind !== 'create') {
      const held = next.get(rrsetKey(change.before));
      if (!held) fail(zone, change.before, `${change.kind} of an rrset that does not exist`);
      if (!sameRrset(held, change.before))
        fail(zone, change.before, 'the zone no longer holds the expected before state');
      next.delete(rrsetKey(change.before));
    }
    if (change.kind === 'delete') return;
    const after = change.after;
    if (change.kind === 'update' && rrsetKey(after) !== rrsetKey(change.before)) {
      fail(zone, after, 'an update cannot rename an rrset');
    }
    if (!this.supportedTypes.has(after.type)) fail(zone, after, 'unsupported record type');
    if (after.name !== zone && !after.name.endsWith(`.${zone}`)) fail(zone, after, 'name outside the zone');
    if (after.values.length === 0) fail(zone, after, 'an rrset needs at least one value');
    if (next.has(rrsetKey(after))) fail(zone, after, 'already exists');
    next.set(rrsetKey(after), copy(after));
  }

  /** A CNAME may not share its name; checked at the names this change set writes, as a DNS server would. */
  private checkCnames(zone: string, next: Map<string, Rrset>, touched: ReadonlySet<string>): void {
    const typesAt = new Map<string, number>();
    for (const r of next.values()) typesAt.set(r.name, (typesAt.get(r.name) ?? 0) + 1);
    for (const r of next.values()) {
      if (r.type === 'CNAME' && touched.has(r.name) && (typesAt.get(r.name) ?? 0) > 1) {
        fail(zone, r, 'a CNAME cannot share its name');
      }
    }
  }
}
