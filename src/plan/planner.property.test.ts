/**
 * Properties of the planner over random zones and manifests: applying a plan and planning again
 * gives no changes; nothing foreign or unmanaged is ever touched; the checksum does not depend on
 * input order.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import {
  isInZone,
  legacyOwnershipName,
  ownershipName,
  type OwnershipSettings,
} from '../ownership/ownership-name.js';
import { ownershipValue, parseOwnershipValue } from '../ownership/ownership-value.js';
import { MemoryProvider } from '../providers/memory/memory-provider.js';
import { rrsetKey, type DesiredRecord, type Rrset } from '../records/record.js';
import type { Plan } from './plan.js';
import { computePlan, type PlanInput } from './planner.js';

const zone = 'example.com';
const me = 'me';
const labels = ['@', 'www', 'api', 'mail', '*'];
const nameOf = (label: string) => (label === '@' ? zone : `${label}.${zone}`);

const valuesByType: Record<string, string[]> = {
  A: ['192.0.2.1', '192.0.2.2', '192.0.2.3'],
  AAAA: ['2001:db8::1', '2001:db8::2'],
  CNAME: ['lb.example.net', 'lb2.example.net'],
  TXT: ['hello', 'world'],
  MX: ['10 mx1.example.net', '20 mx2.example.net'],
};
const types = Object.keys(valuesByType);

const settingsArb = fc.constantFrom<OwnershipSettings>(
  { prefix: '', suffix: '', wildcardReplacement: '' },
  { prefix: '', suffix: '', wildcardReplacement: 'any' },
  { prefix: 'txt-', suffix: '', wildcardReplacement: 'any' },
  { prefix: '_owner-%{record_type}.', suffix: '', wildcardReplacement: 'any' },
  { prefix: '', suffix: '-own', wildcardReplacement: '' },
  { prefix: '', suffix: '-%{record_type}', wildcardReplacement: 'any' },
);

const recordArb = fc.constantFrom(...types).chain((type) =>
  fc.record({
    label: fc.constantFrom(...labels),
    type: fc.constant(type),
    values:
      type === 'CNAME'
        ? fc.subarray(valuesByType[type]!, { minLength: 1, maxLength: 1 })
        : fc.subarray(valuesByType[type]!, { minLength: 1 }),
    ttlSeconds: fc.constantFrom(300, 600),
  }),
);

const currentArb = fc.array(
  fc.record({
    record: recordArb,
    owner: fc.constantFrom('none', 'me-typed', 'me-legacy', 'them-typed', 'them-legacy'),
  }),
  { maxLength: 12 },
);

const desiredArb = fc.array(
  fc.record({
    record: recordArb,
    ttl: fc.constantFrom(undefined, 60, 300),
    source: fc.constantFrom('web', 'api'),
    outside: fc.boolean(),
  }),
  { maxLength: 10 },
);

const optionsArb = fc.record({
  policy: fc.constantFrom<PlanInput['policy']>('sync', 'sync', 'upsert-only', 'create-only'),
  protect: fc.option(fc.constantFrom(...labels), { nil: undefined }),
  withhold: fc.boolean(),
});

type ArbValue<A> = A extends fc.Arbitrary<infer T> ? T : never;
type CurrentSpec = ArbValue<typeof currentArb>;
type DesiredSpec = ArbValue<typeof desiredArb>;
type Options = ArbValue<typeof optionsArb>;

/** A valid zone: apex SOA/NS, one rrset per key, no CNAME beside another type, ownership TXTs. */
function buildZone(specs: CurrentSpec, settings: OwnershipSettings): Rrset[] {
  const rrsets = new Map<string, Rrset>();
  rrsets.set(rrsetKey({ name: zone, type: 'SOA' }), {
    name: zone,
    type: 'SOA',
    ttlSeconds: 3600,
    values: ['ns1.example.com h.example.com 1 2 3 4 5'],
  });
  rrsets.set(rrsetKey({ name: zone, type: 'NS' }), {
    name: zone,
    type: 'NS',
    ttlSeconds: 3600,
    values: ['ns1.example.com'],
  });
  const typesAt = new Map<string, Set<string>>();
  const planted: { rrset: Rrset; owner: string }[] = [];
  for (const { record, owner } of specs) {
    const name = nameOf(record.label);
    const at = typesAt.get(name) ?? new Set<string>([...(name === zone ? ['SOA', 'NS'] : [])]);
    if (at.has(record.type) || (record.type === 'CNAME' ? at.size > 0 : at.has('CNAME'))) continue;
    at.add(record.type);
    typesAt.set(name, at);
    const rrset: Rrset = {
      name,
      type: record.type,
      ttlSeconds: record.ttlSeconds,
      values: [...record.values].sort(),
    };
    rrsets.set(rrsetKey(rrset), rrset);
    planted.push({ rrset, owner });
  }
  for (const { rrset, owner } of planted) {
    if (owner === 'none') continue;
    const txtName = owner.endsWith('typed')
      ? ownershipName(rrset.name, rrset.type, settings)
      : legacyOwnershipName(rrset.name, settings);
    const key = rrsetKey({ name: txtName, type: 'TXT' });
    // A zone's listing never holds names outside it (an apex record's typed name, mostly).
    if (!isInZone(txtName, zone) || rrsets.has(key) || typesAt.get(txtName)?.has('CNAME')) continue;
    const value = ownershipValue(owner.startsWith('me') ? me : 'them', 'service/default/old');
    rrsets.set(key, { name: txtName, type: 'TXT', ttlSeconds: 300, values: [value] });
  }
  return [...rrsets.values()];
}

function buildDesired(specs: DesiredSpec): DesiredRecord[] {
  const byKey = new Map<string, DesiredRecord>();
  for (const { record, ttl, source, outside } of specs) {
    const name = outside ? `${record.label === '*' ? 'x' : record.label}.example.org` : nameOf(record.label);
    const d: DesiredRecord = {
      name,
      type: record.type,
      targets: [...record.values].sort(),
      sources: [{ file: `${source}.yaml`, line: 1, kind: 'Service', namespace: 'default', name: source }],
    };
    if (ttl !== undefined) d.ttlSeconds = ttl;
    if (!byKey.has(rrsetKey(d))) byKey.set(rrsetKey(d), d);
  }
  return [...byKey.values()];
}

function input(
  current: Rrset[],
  desired: DesiredRecord[],
  settings: OwnershipSettings,
  o: Options,
): PlanInput {
  const base: PlanInput = {
    zones: [zone],
    owner: me,
    ownership: settings,
    policy: o.policy,
    defaultTtlSeconds: 300,
    safety: { maxChangePercent: 30, minRecords: 10 },
    desired,
    protectedNames: o.protect === undefined ? [] : [{ name: nameOf(o.protect), why: 'target unknown' }],
    claimedTwice: [],
    current: new Map([[zone, current]]),
    diagnostics: [],
  };
  if (o.withhold) base.withholdDeletes = 'a manifest could not be read';
  return base;
}

/** Independent oracle: whose is a record, by the external-dns lookup order (typed, then legacy). */
function ownerOf(
  rrset: Rrset,
  zoneRrsets: readonly Rrset[],
  settings: OwnershipSettings,
): string | undefined {
  const txtAt = (name: string) =>
    zoneRrsets
      .filter((r) => r.name === name && r.type === 'TXT')
      .map((r) => parseOwnershipValue(r.values[0] ?? ''))
      .find((l) => l !== undefined);
  const typed = txtAt(ownershipName(rrset.name, rrset.type, settings));
  const legacy = rrset.type === 'AAAA' ? undefined : txtAt(legacyOwnershipName(rrset.name, settings));
  return (typed ?? legacy)?.owner;
}

const arbs = { c: currentArb, d: desiredArb, settings: settingsArb, o: optionsArb };

describe('planner properties', () => {
  test.prop(arbs, { numRuns: 150 })('apply, then plan again: no changes', async ({ c, d, settings, o }) => {
    const current = buildZone(c, settings);
    const desired = buildDesired(d);
    const provider = new MemoryProvider({ [zone]: current });
    const first = computePlan(input(current, desired, settings, o));
    for (const z of first.zones) await provider.applyChanges(z.zone, z.rrsetChanges);
    const second = computePlan(input(await provider.listRecords(zone), desired, settings, o));
    expect(second.zones.flatMap((z) => z.rrsetChanges)).toEqual([]);
    expect(second.zones.flatMap((z) => z.changes)).toEqual([]);
    // What was written is ours afterwards: no record turns into a conflict, none is lost.
    const reasons = (p: Plan) =>
      p.zones.flatMap((z) => z.conflicts.map((x) => `${x.name} ${x.type} ${x.reason}`));
    expect(reasons(second)).toEqual(reasons(first));
    expect(second.zones.map((z) => z.ownedCount)).toEqual(
      first.zones.map(
        (z) =>
          z.ownedCount +
          z.changes.filter((x) => x.kind === 'create').length -
          z.changes.filter((x) => x.kind === 'delete').length,
      ),
    );
  });

  test.prop(arbs, { numRuns: 150 })(
    'no change touches a foreign or unmanaged record',
    ({ c, d, settings, o }) => {
      const current = buildZone(c, settings);
      const byKey = new Map(current.map((r) => [rrsetKey(r), r]));
      const plan = computePlan(input(current, buildDesired(d), settings, o));
      for (const change of plan.zones.flatMap((z) => z.rrsetChanges)) {
        if (change.kind === 'create') {
          expect(byKey.has(rrsetKey(change.after))).toBe(false);
          continue;
        }
        const held = byKey.get(rrsetKey(change.before));
        expect(held).toEqual(change.before);
        const ownership = held!.type === 'TXT' ? parseOwnershipValue(held!.values[0] ?? '') : undefined;
        if (ownership) expect(ownership.owner).toBe(me);
        else expect(ownerOf(held!, current, settings)).toBe(me);
        expect(held!.type === 'SOA' || (held!.type === 'NS' && held!.name === zone)).toBe(false);
      }
    },
  );

  test.prop(arbs)('the plan and its checksum do not depend on input order', ({ c, d, settings, o }) => {
    const current = buildZone(c, settings);
    const desired = buildDesired(d);
    const a: Plan = computePlan(input(current, desired, settings, o));
    const b: Plan = computePlan(input([...current].reverse(), [...desired].reverse(), settings, o));
    expect(b.checksum).toBe(a.checksum);
    expect(b).toEqual(a);
  });
});
