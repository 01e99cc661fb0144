import { describe, expect, it } from 'vitest';
import type { DesiredRecord, Rrset, RrsetChange } from '../records/record.js';
import type { Plan } from './plan.js';
import { computePlan, type PlanInput } from './planner.js';

const zone = 'example.com';
const own = (owner: string, resource = 'service/default/web') =>
  `heritage=external-dns,external-dns/owner=${owner},external-dns/resource=${resource}`;
const rr = (name: string, type: string, values: string[], ttlSeconds = 300): Rrset => ({
  name,
  type,
  ttlSeconds,
  values,
});
const txt = (name: string, owner: string) => rr(name, 'TXT', [own(owner)]);
const want = (
  name: string,
  type: string,
  targets: string[],
  extra: Partial<DesiredRecord> = {},
): DesiredRecord => ({
  name,
  type,
  targets,
  sources: [{ file: 'apps/web.yaml', line: 3, kind: 'Service', namespace: 'default', name: 'web' }],
  ...extra,
});
const apex = [
  rr(zone, 'SOA', ['ns1.example.com hostmaster.example.com 1 7200 3600 1209600 300'], 3600),
  rr(zone, 'NS', ['ns1.example.com', 'ns2.example.com'], 3600),
];

function plan(current: Rrset[], desired: DesiredRecord[], extra: Partial<PlanInput> = {}): Plan {
  return computePlan({
    zones: [zone],
    owner: 'me',
    ownership: { prefix: '', suffix: '', wildcardReplacement: '' },
    policy: 'sync',
    defaultTtlSeconds: 300,
    safety: { maxChangePercent: 30, minRecords: 10 },
    desired,
    protectedNames: [],
    claimedTwice: [],
    current: new Map([[zone, [...apex, ...current]]]),
    diagnostics: [],
    ...extra,
  });
}

function rrsetLine(c: RrsetChange): string {
  const r = c.kind === 'delete' ? c.before : c.after;
  return `${c.kind} ${r.name} ${r.type} ${r.ttlSeconds} ${r.values.join('|')}`;
}

/** A plan's first zone as short lines a table can hold. */
function summary(p: Plan) {
  const z = p.zones[0]!;
  return {
    changes: z.changes.map((c) => `${c.kind} ${c.name} ${c.type}`),
    rrsets: z.rrsetChanges.map(rrsetLine),
    conflicts: z.conflicts.map(
      (c) => `${c.name} ${c.type} ${c.reason}${c.owner === undefined ? '' : ` ${c.owner}`}`,
    ),
    kept: z.kept.map((k) => `${k.name} ${k.type}: ${k.why}`),
  };
}

const none = { changes: [], rrsets: [], conflicts: [], kept: [] };
const ip = ['192.0.2.1'];
const web = 'web.example.com';

describe('computePlan: one rrset at a time', () => {
  it.each<[string, Rrset[], DesiredRecord[], Partial<PlanInput>, Partial<ReturnType<typeof summary>>]>([
    [
      'create with its ownership record',
      [],
      [want(web, 'A', ip)],
      {},
      {
        changes: [`create ${web} A`],
        rrsets: [`create a-${web} TXT 300 ${own('me')}`, `create ${web} A 300 192.0.2.1`],
      },
    ],
    [
      'create uses the manifest TTL',
      [],
      [want(web, 'A', ip, { ttlSeconds: 60 })],
      {},
      { rrsets: [`create a-${web} TXT 60 ${own('me')}`, `create ${web} A 60 192.0.2.1`] },
    ],
    ['owned and equal: nothing', [rr(web, 'A', ip), txt(`a-${web}`, 'me')], [want(web, 'A', ip)], {}, none],
    [
      'owned, TTL not set in the manifest: not compared',
      [rr(web, 'A', ip, 900), txt(`a-${web}`, 'me')],
      [want(web, 'A', ip)],
      {},
      none,
    ],
    [
      'owned, targets differ: update',
      [rr(web, 'A', ['192.0.2.9']), txt(`a-${web}`, 'me')],
      [want(web, 'A', ip)],
      {},
      { changes: [`update ${web} A`], rrsets: [`update ${web} A 300 192.0.2.1`] },
    ],
    [
      'owned, manifest TTL differs: update keeps targets',
      [rr(web, 'A', ip), txt(`a-${web}`, 'me')],
      [want(web, 'A', ip, { ttlSeconds: 60 })],
      {},
      { changes: [`update ${web} A`], rrsets: [`update ${web} A 60 192.0.2.1`] },
    ],
    [
      'owned, provider-specific key the manifest sets differs: update',
      [{ ...rr(web, 'A', ip), providerSpecific: { 'cloudflare-proxied': 'false' } }, txt(`a-${web}`, 'me')],
      [want(web, 'A', ip, { providerSpecific: { 'cloudflare-proxied': 'true' } })],
      {},
      { changes: [`update ${web} A`] },
    ],
    [
      'owned, provider-specific key the manifest does not set: not compared',
      [{ ...rr(web, 'A', ip), providerSpecific: { 'cloudflare-proxied': 'true' } }, txt(`a-${web}`, 'me')],
      [want(web, 'A', ip)],
      {},
      none,
    ],
    [
      'owned, resource label changed: ownership record rewritten with the update',
      [rr(web, 'A', ['192.0.2.9']), rr(`a-${web}`, 'TXT', [own('me', 'ingress/x/y')])],
      [want(web, 'A', ip)],
      {},
      { rrsets: [`update a-${web} TXT 300 ${own('me')}`, `update ${web} A 300 192.0.2.1`] },
    ],
    [
      'foreign: conflict naming the owner',
      [rr(web, 'A', ['192.0.2.9']), txt(`a-${web}`, 'them')],
      [want(web, 'A', ip)],
      {},
      { changes: [], rrsets: [], conflicts: [`${web} A owned-by-other them`] },
    ],
    [
      'only the ownership record of another owner exists: conflict',
      [txt(`a-${web}`, 'them')],
      [want(web, 'A', ip)],
      {},
      { changes: [], conflicts: [`${web} A owned-by-other them`] },
    ],
    [
      'unmanaged: conflict',
      [rr(web, 'A', ['192.0.2.9'])],
      [want(web, 'A', ip)],
      {},
      { changes: [], conflicts: [`${web} A not-owned`] },
    ],
    [
      'our stale ownership record without its record: create and rewrite it',
      [rr(`a-${web}`, 'TXT', [own('me', 'ingress/x/y')])],
      [want(web, 'A', ip)],
      {},
      { rrsets: [`create ${web} A 300 192.0.2.1`, `update a-${web} TXT 300 ${own('me')}`] },
    ],
    [
      'owned, no longer desired: delete with its ownership record',
      [rr(web, 'A', ip), txt(`a-${web}`, 'me')],
      [],
      {},
      {
        changes: [`delete ${web} A`],
        rrsets: [`delete a-${web} TXT 300 ${own('me')}`, `delete ${web} A 300 192.0.2.1`],
      },
    ],
    [
      'owned via the legacy record, no longer desired: delete the record, keep the legacy TXT (as external-dns)',
      [rr(web, 'A', ip), txt(web, 'me')],
      [],
      {},
      { changes: [`delete ${web} A`], rrsets: [`delete ${web} A 300 192.0.2.1`] },
    ],
    [
      'owned via the legacy record and equal: update that writes the typed record',
      [rr(web, 'A', ip), txt(web, 'me')],
      [want(web, 'A', ip)],
      {},
      { changes: [`update ${web} A`], rrsets: [`create a-${web} TXT 300 ${own('me')}`] },
    ],
    [
      'legacy AAAA ownership is not read (external-dns v0.18): not-owned',
      [rr(web, 'AAAA', ['2001:db8::1']), txt(web, 'me')],
      [want(web, 'AAAA', ['2001:db8::2'])],
      {},
      { conflicts: [`${web} AAAA not-owned`] },
    ],
    ['foreign, not desired: untouched', [rr(web, 'A', ip), txt(`a-${web}`, 'them')], [], {}, none],
    ['unmanaged, not desired: untouched', [rr(web, 'A', ip)], [], {}, none],
    [
      'upsert-only keeps what is no longer desired',
      [rr(web, 'A', ip), txt(`a-${web}`, 'me')],
      [],
      { policy: 'upsert-only' },
      { ...none, kept: [`${web} A: policy upsert-only never deletes`] },
    ],
    [
      'create-only never updates',
      [rr(web, 'A', ['192.0.2.9']), txt(`a-${web}`, 'me')],
      [want(web, 'A', ip)],
      { policy: 'create-only' },
      { ...none, kept: [`${web} A: policy create-only never updates`] },
    ],
    [
      'unreadable manifests withhold every delete',
      [rr(web, 'A', ip), txt(`a-${web}`, 'me')],
      [],
      { withholdDeletes: '1 manifest could not be read' },
      { ...none, kept: [`${web} A: 1 manifest could not be read`] },
    ],
    [
      'a name with an unknown target keeps its records',
      [rr(web, 'A', ip), txt(`a-${web}`, 'me')],
      [],
      { protectedNames: [{ name: web, why: 'target unknown' }] },
      { ...none, kept: [`${web} A: target unknown`] },
    ],
    [
      'a name with an unknown target is never updated either',
      [rr(web, 'A', ['192.0.2.9']), txt(`a-${web}`, 'me')],
      [want(web, 'A', ip)],
      { protectedNames: [{ name: web, why: 'target unknown' }] },
      { ...none, kept: [`${web} A: target unknown`] },
    ],
    [
      'claimed twice: conflict, the owned record kept',
      [rr(web, 'A', ip), txt(`a-${web}`, 'me')],
      [],
      { claimedTwice: [{ name: web, type: 'A', sources: [], message: 'a.yaml:1 and b.yaml:2 differ' }] },
      {
        ...none,
        conflicts: [`${web} A claimed-twice`],
        kept: [`${web} A: claimed twice: a.yaml:1 and b.yaml:2 differ`],
      },
    ],
    [
      'a CNAME and another type desired at one name',
      [],
      [want(web, 'CNAME', ['lb.example.net']), want(web, 'TXT', ['hello'])],
      {},
      { ...none, conflicts: [`${web} CNAME cname-and-other`, `${web} TXT cname-and-other`] },
    ],
    [
      'a CNAME desired beside a record that stays',
      [rr(web, 'TXT', ['v=spf1 -all'])],
      [want(web, 'CNAME', ['lb.example.net'])],
      {},
      { ...none, conflicts: [`${web} CNAME cname-and-other`] },
    ],
    [
      'A replaced by a CNAME: delete then create',
      [rr(web, 'A', ip), txt(`a-${web}`, 'me')],
      [want(web, 'CNAME', ['lb.example.net'])],
      {},
      { changes: [`delete ${web} A`, `create ${web} CNAME`], conflicts: [] },
    ],
    [
      'A replaced by a CNAME under upsert-only: the A stays, so a conflict',
      [rr(web, 'A', ip), txt(`a-${web}`, 'me')],
      [want(web, 'CNAME', ['lb.example.net'])],
      { policy: 'upsert-only' },
      { changes: [], conflicts: [`${web} CNAME cname-and-other`] },
    ],
    [
      'apex record without a dot prefix',
      [],
      [want(zone, 'A', ip)],
      {},
      { ...none, conflicts: [`${zone} A apex-needs-prefix`] },
    ],
    [
      'apex record with a templated dot prefix',
      [],
      [want(zone, 'A', ip)],
      { ownership: { prefix: '_owner-%{record_type}.', suffix: '', wildcardReplacement: '' } },
      {
        changes: [`create ${zone} A`],
        rrsets: [`create _owner-a.${zone} TXT 300 ${own('me')}`, `create ${zone} A 300 192.0.2.1`],
      },
    ],
    [
      'apex NS is never desired',
      [],
      [want(zone, 'NS', ['ns9.example.net'])],
      {},
      { ...none, conflicts: [`${zone} NS not-owned`] },
    ],
    [
      'apex NS is never deleted, even with an ownership record',
      [txt(`_owner-ns.${zone}`, 'me')],
      [],
      { ownership: { prefix: '_owner-%{record_type}.', suffix: '', wildcardReplacement: '' } },
      none,
    ],
    [
      'unsupported type',
      [],
      [want(web, 'NAPTR', ['x'])],
      { supportedTypes: new Set(['A', 'TXT']) },
      { ...none, conflicts: [`${web} NAPTR unsupported-type`] },
    ],
    [
      'wildcard with replacement',
      [],
      [want(`*.${zone}`, 'A', ip)],
      { ownership: { prefix: '', suffix: '', wildcardReplacement: 'any' } },
      { rrsets: [`create *.${zone} A 300 192.0.2.1`, `create a-any.${zone} TXT 300 ${own('me')}`] },
    ],
    [
      'a desired TXT at an ownership record name',
      [txt(`a-${web}`, 'me'), rr(web, 'A', ip)],
      [want(`a-${web}`, 'TXT', ['hello']), want(web, 'A', ip)],
      {},
      { ...none, conflicts: [`a-${web} TXT not-owned`] },
    ],
    [
      'changes are sorted: delete, create, update; then name, type',
      [
        rr('b.example.com', 'A', ip),
        txt('a-b.example.com', 'me'),
        rr('z.example.com', 'A', ['192.0.2.9']),
        txt('a-z.example.com', 'me'),
      ],
      [want('z.example.com', 'A', ip), want('c.example.com', 'TXT', ['x']), want('a.example.com', 'A', ip)],
      {},
      {
        changes: [
          'delete b.example.com A',
          'create a.example.com A',
          'create c.example.com TXT',
          'update z.example.com A',
        ],
      },
    ],
  ])('%s', (_title, current, desired, extra, expected) => {
    expect(summary(plan(current, desired, extra))).toMatchObject(expected);
  });
});

describe('computePlan: ownership records that stand for more than one record are never trusted', () => {
  const any = { ownership: { prefix: '', suffix: '', wildcardReplacement: 'any' } };
  it.each<[string, Rrset[], DesiredRecord[], Partial<PlanInput>, Partial<ReturnType<typeof summary>>]>([
    [
      // external-dns never read a legacy record for MX: a hand-made MX is not ours to delete.
      'legacy TXT beside a hand-made MX: the MX stays',
      [rr(web, 'A', ip), rr(web, 'MX', ['10 mx.example.net']), txt(web, 'me')],
      [want(web, 'A', ip)],
      {},
      { changes: [`update ${web} A`], rrsets: [`create a-${web} TXT 300 ${own('me')}`] },
    ],
    [
      // Writing a-any.example.com would make the unmanaged any.example.com ours, and deletable later.
      "a wildcard whose ownership name is another record's: conflict, nothing written",
      [rr(`any.${zone}`, 'A', ['192.0.2.7'])],
      [want(`*.${zone}`, 'A', ip)],
      any,
      { ...none, conflicts: [`*.${zone} A not-owned`] },
    ],
    [
      'a wildcard and its replacement name both desired: both conflict',
      [],
      [want(`*.${zone}`, 'A', ip), want(`any.${zone}`, 'A', ip)],
      any,
      { ...none, conflicts: [`*.${zone} A not-owned`, `any.${zone} A not-owned`] },
    ],
    [
      'two current records share our ownership record: neither is deleted',
      [rr(`*.${zone}`, 'A', ip), rr(`any.${zone}`, 'A', ip), txt(`a-any.${zone}`, 'me')],
      [want(`any.${zone}`, 'A', ip)],
      any,
      { changes: [], rrsets: [], kept: [] },
    ],
    [
      'two owners in one ownership rrset: not ours to delete',
      [rr(web, 'A', ip), rr(`a-${web}`, 'TXT', [own('me'), own('them')])],
      [],
      {},
      none,
    ],
  ])('%s', (_title, current, desired, extra, expected) => {
    expect(summary(plan(current, desired, extra))).toMatchObject(expected);
  });
});

describe('computePlan: zones', () => {
  it('puts each name in its longest managed zone and reports names in none', () => {
    const p = computePlan({
      zones: ['example.com', 'Sub.Example.com.'],
      owner: 'me',
      ownership: { prefix: '', suffix: '', wildcardReplacement: '' },
      policy: 'sync',
      defaultTtlSeconds: 300,
      safety: { maxChangePercent: 30, minRecords: 10 },
      desired: [
        want('x.sub.example.com', 'A', ip),
        want('y.example.com', 'A', ip),
        want('www.example.org', 'A', ip),
      ],
      protectedNames: [],
      claimedTwice: [{ name: 'z.example.net', type: 'A', sources: [], message: 'twice' }],
      // The parent zone's listing shows a record below the child zone: the child's plan owns it.
      current: new Map([
        ['example.com', [rr('old.sub.example.com', 'A', ip), txt('a-old.sub.example.com', 'me')]],
      ]),
      diagnostics: [
        { severity: 'warning', code: 'w', message: 'b', file: 'b.yaml', line: 1 },
        { severity: 'error', code: 'e', message: 'a', file: 'z.yaml', line: 9 },
      ],
    });
    expect(p.zones.map((z) => [z.zone, z.changes.map((c) => `${c.kind} ${c.name}`)])).toEqual([
      ['example.com', ['create y.example.com']],
      ['sub.example.com', ['create x.sub.example.com']],
    ]);
    expect(p.outsideZones.map((o) => o.name)).toEqual(['www.example.org', 'z.example.net']);
    expect(p.diagnostics.map((d) => d.severity)).toEqual(['error', 'warning']);
    expect(p.checksum).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('computePlan: safety threshold (SPEC 5.4)', () => {
  const owned = (n: number) =>
    Array.from({ length: n }, (_, i) => [
      rr(`h${i}.example.com`, 'A', ip),
      txt(`a-h${i}.example.com`, 'me'),
    ]).flat();
  const keep = (n: number, total: number) =>
    Array.from({ length: total }, (_, i) => want(`h${i}.example.com`, 'A', i < n ? ip : ['192.0.2.9'])).slice(
      0,
      total,
    );

  it.each([
    ['4 of 10 deleted: blocked', owned(10), keep(6, 6), {}, true],
    ['3 of 10 deleted: 30% is not above 30%', owned(10), keep(7, 7), {}, false],
    ['4 of 10 updated: blocked', owned(10), keep(6, 10), {}, true],
    ['forced', owned(10), keep(6, 6), { force: true }, false],
    ['9 owned records: below min-records', owned(9), [], {}, false],
    ['custom threshold', owned(4), keep(3, 3), { safety: { maxChangePercent: 20, minRecords: 2 } }, true],
  ])('%s', (_title, current, desired, extra: Partial<PlanInput>, blocked) => {
    const z = plan(current, desired, extra).zones[0]!;
    expect(z.blocked !== undefined).toBe(blocked);
    if (blocked) expect(z.blocked).toContain('--force');
  });

  it('counts owned records, ownership records and foreign ones excluded', () => {
    const z = plan([...owned(3), rr('f.example.com', 'A', ip), txt('a-f.example.com', 'them')], []).zones[0]!;
    expect(z.ownedCount).toBe(3);
  });
});
