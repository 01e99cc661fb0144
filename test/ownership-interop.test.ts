/**
 * Interop with external-dns's TXT registry (v0.18+). Every ownership name and value below is written
 * out by hand from external-dns's registry source and docs (registry/txt.go `toTXTName`,
 * endpoint/labels.go `Serialize`, the sources' `<kind>/<namespace>/<name>` resource labels), not
 * computed with our own code, so the test fails if we drift from what external-dns writes.
 */
import { describe, expect, it } from 'vitest';
import { classifyZone } from '../src/ownership/classify-zone.js';
import type { OwnershipSettings } from '../src/ownership/ownership-name.js';
import { computePlan } from '../src/plan/planner.js';
import type { DesiredRecord, Rrset, SourceRef } from '../src/records/record.js';
import { rrsetKey } from '../src/records/record.js';

const zone = 'example.com';
const us = 'gitops-dns';
const rr = (name: string, type: string, values: string[]): Rrset => ({ name, type, ttlSeconds: 300, values });
const apex = [
  rr(zone, 'SOA', ['ns1.example.com hostmaster.example.com 2024010101 7200 3600 1209600 300']),
  rr(zone, 'NS', ['ns1.example.com', 'ns2.example.com']),
];

function classify(rrsets: Rrset[], settings: OwnershipSettings): Record<string, string> {
  const { records } = classifyZone(rrsets, us, settings);
  const out: Record<string, string> = {};
  for (const { rrset, ownership } of records.values()) {
    const state = ownership.state === 'unmanaged' ? 'unmanaged' : `${ownership.state} ${ownership.via}`;
    out[`${rrset.name} ${rrset.type}`] =
      ownership.state === 'foreign' ? `${state} ${ownership.owner}` : state;
  }
  return out;
}

describe('a zone written by two external-dns instances (default naming, wildcard replacement)', () => {
  const settings: OwnershipSettings = { prefix: '', suffix: '', wildcardReplacement: 'wildcard' };
  const zoneRrsets: Rrset[] = [
    ...apex,
    rr('www.example.com', 'CNAME', ['lb.example.net']),
    rr('cname-www.example.com', 'TXT', [
      'heritage=external-dns,external-dns/owner=gitops-dns,external-dns/resource=ingress/shop/web',
    ]),
    rr('api.example.com', 'A', ['192.0.2.10']),
    rr('a-api.example.com', 'TXT', [
      'heritage=external-dns,external-dns/owner=team-b,external-dns/resource=service/b/api',
    ]),
    rr('api.example.com', 'AAAA', ['2001:db8::10']),
    // Some providers hand the value back with its quotes.
    rr('aaaa-api.example.com', 'TXT', [
      '"heritage=external-dns,external-dns/owner=gitops-dns,external-dns/resource=service/default/api"',
    ]),
    // Pre-v0.12 untyped ownership records, one per owner.
    rr('legacy.example.com', 'A', ['192.0.2.20']),
    rr('legacy.example.com', 'TXT', [
      'heritage=external-dns,external-dns/owner=gitops-dns,external-dns/resource=service/default/legacy',
    ]),
    rr('old.example.com', 'A', ['192.0.2.21']),
    rr('old.example.com', 'TXT', [
      'heritage=external-dns,external-dns/owner=team-b,external-dns/resource=service/b/old',
    ]),
    // Legacy records never covered AAAA.
    rr('old.example.com', 'AAAA', ['2001:db8::21']),
    rr('*.apps.example.com', 'CNAME', ['gw.example.net']),
    rr('cname-wildcard.apps.example.com', 'TXT', [
      'heritage=external-dns,external-dns/owner=gitops-dns,external-dns/resource=gateway/istio-system/public',
    ]),
    rr('manual.example.com', 'A', ['192.0.2.30']),
    rr('example.com', 'TXT', ['v=spf1 -all']),
    rr('mail.example.com', 'MX', ['10 mx.example.net']),
    rr('mx-mail.example.com', 'TXT', ['heritage=external-dns,external-dns/owner=team-b']),
  ];

  it('classifies every record', () => {
    expect(classify(zoneRrsets, settings)).toEqual({
      'example.com SOA': 'unmanaged',
      'example.com NS': 'unmanaged',
      'example.com TXT': 'unmanaged',
      'www.example.com CNAME': 'owned typed',
      'api.example.com A': 'foreign typed team-b',
      'api.example.com AAAA': 'owned typed',
      'legacy.example.com A': 'owned legacy',
      'old.example.com A': 'foreign legacy team-b',
      'old.example.com AAAA': 'unmanaged',
      '*.apps.example.com CNAME': 'owned typed',
      'manual.example.com A': 'unmanaged',
      'mail.example.com MX': 'foreign typed team-b',
    });
  });

  it('plans against it: migrates our legacy record, leaves every other owner alone', () => {
    const src: SourceRef = {
      file: 'web.yaml',
      line: 1,
      kind: 'Service',
      namespace: 'default',
      name: 'legacy',
    };
    const want = (name: string, type: string, targets: string[]): DesiredRecord => ({
      name,
      type,
      targets,
      sources: [src],
    });
    const plan = computePlan({
      zones: [zone],
      owner: us,
      ownership: settings,
      policy: 'sync',
      defaultTtlSeconds: 300,
      safety: { maxChangePercent: 100, minRecords: 10 },
      desired: [
        want('legacy.example.com', 'A', ['192.0.2.20']),
        want('api.example.com', 'A', ['192.0.2.99']),
        want('old.example.com', 'A', ['192.0.2.99']),
        want('manual.example.com', 'A', ['192.0.2.99']),
        want('www.example.com', 'CNAME', ['lb.example.net']),
        want('*.apps.example.com', 'CNAME', ['gw.example.net']),
      ],
      protectedNames: [],
      claimedTwice: [],
      current: new Map([[zone, zoneRrsets]]),
      diagnostics: [],
    });
    const z = plan.zones[0]!;
    expect(z.conflicts.map((c) => [c.name, c.reason, c.owner])).toEqual([
      ['api.example.com', 'owned-by-other', 'team-b'],
      ['manual.example.com', 'not-owned', undefined],
      ['old.example.com', 'owned-by-other', 'team-b'],
    ]);
    // Our AAAA at api.example.com is no longer desired: it goes, with its typed TXT.
    expect(
      z.rrsetChanges.map((c) => `${c.kind} ${c.kind === 'delete' ? c.before.name : c.after.name}`),
    ).toEqual(['delete aaaa-api.example.com', 'delete api.example.com', 'create a-legacy.example.com']);
    const created = z.rrsetChanges.find((c) => c.kind === 'create');
    expect(created?.kind === 'create' && created.after).toEqual({
      name: 'a-legacy.example.com',
      type: 'TXT',
      ttlSeconds: 300,
      values: [
        'heritage=external-dns,external-dns/owner=gitops-dns,external-dns/resource=service/default/legacy',
      ],
    });
    expect(z.ownedCount).toBe(4);
  });
});

/** Prefix and suffix variants: ownership names external-dns writes, by hand, with their owners. */
describe.each<[string, OwnershipSettings, [string, string, string, string][]]>([
  [
    '--txt-prefix=txt-',
    { prefix: 'txt-', suffix: '', wildcardReplacement: '' },
    [
      ['nginx.example.com', 'A', 'txt-a-nginx.example.com', us],
      ['shop.example.com', 'CNAME', 'txt-cname-shop.example.com', 'team-b'],
      ['v6.example.com', 'AAAA', 'txt-aaaa-v6.example.com', us],
      ['legacy.example.com', 'A', 'txt-legacy.example.com', us],
    ],
  ],
  [
    '--txt-prefix=_owner-%{record_type}.',
    { prefix: '_owner-%{record_type}.', suffix: '', wildcardReplacement: 'star' },
    [
      ['example.com', 'A', '_owner-a.example.com', us],
      ['nginx.example.com', 'A', '_owner-a.nginx.example.com', us],
      ['shop.example.com', 'CNAME', '_owner-cname.shop.example.com', 'team-b'],
      ['*.apps.example.com', 'CNAME', '_owner-cname.star.apps.example.com', us],
      ['legacy.example.com', 'A', '_owner-.legacy.example.com', us],
    ],
  ],
  [
    '--txt-suffix=-own',
    { prefix: '', suffix: '-own', wildcardReplacement: '' },
    [
      ['nginx.example.com', 'A', 'a-nginx-own.example.com', us],
      ['shop.example.com', 'CNAME', 'cname-shop-own.example.com', 'team-b'],
      ['legacy.example.com', 'A', 'legacy-own.example.com', 'team-b'],
    ],
  ],
  [
    '--txt-suffix=-%{record_type}',
    { prefix: '', suffix: '-%{record_type}', wildcardReplacement: 'any' },
    [
      ['nginx.example.com', 'A', 'nginx-a.example.com', us],
      ['v6.example.com', 'AAAA', 'v6-aaaa.example.com', 'team-b'],
      ['*.example.com', 'CNAME', 'any-cname.example.com', us],
      ['legacy.example.com', 'A', 'legacy-.example.com', us],
    ],
  ],
])('%s', (_flag, settings, rows) => {
  const rrsets = [
    ...apex.filter((r) => !rows.some(([name, type]) => name === r.name && type === r.type)),
    ...rows.flatMap(([name, type, txtName, owner]) => [
      rr(name, type, [type === 'AAAA' ? '2001:db8::1' : type === 'A' ? '192.0.2.1' : 'lb.example.net']),
      rr(txtName, 'TXT', [`heritage=external-dns,external-dns/owner=${owner}`]),
    ]),
  ];

  it('classifies each record by its ownership record', () => {
    const result = classifyZone(rrsets, us, settings).records;
    for (const [name, type, txtName, owner] of rows) {
      const ownership = result.get(rrsetKey({ name, type }))?.ownership;
      const isLegacy = name === 'legacy.example.com';
      expect(ownership, `${name} ${type} via ${txtName}`).toMatchObject(
        owner === us
          ? { state: 'owned', via: isLegacy ? 'legacy' : 'typed' }
          : { state: 'foreign', owner, via: isLegacy ? 'legacy' : 'typed' },
      );
    }
  });

  it('writes the same typed names external-dns writes', () => {
    const typedRows = rows.filter(([name]) => name !== 'legacy.example.com');
    const plan = computePlan({
      zones: [zone],
      owner: us,
      ownership: settings,
      policy: 'sync',
      defaultTtlSeconds: 300,
      safety: { maxChangePercent: 30, minRecords: 10 },
      desired: typedRows.map(([name, type]) => ({
        name,
        type,
        targets: [type === 'AAAA' ? '2001:db8::1' : type === 'A' ? '192.0.2.1' : 'lb.example.net'],
        sources: [{ file: 'x.yaml', line: 1, kind: 'Service', namespace: 'default', name: 'x' }],
      })),
      protectedNames: [],
      claimedTwice: [],
      current: new Map([[zone, [...apex]]]),
      diagnostics: [],
    });
    const written = plan.zones[0]!.rrsetChanges.flatMap((c) =>
      c.kind === 'create' && c.after.type === 'TXT' ? [c.after.name] : [],
    );
    const expected = typedRows
      .filter(([name]) => name !== zone || settings.prefix.endsWith('.'))
      .map(([, , txt]) => txt);
    expect(written.sort()).toEqual(expected.sort());
  });
});

describe('ownership values are those external-dns writes, per source kind', () => {
  it.each<[SourceRef, string, string, string]>([
    [
      { file: 'a.yaml', line: 1, kind: 'Service', namespace: 'default', name: 'nginx' },
      'nginx.example.com',
      'A',
      'service/default/nginx',
    ],
    [
      { file: 'a.yaml', line: 1, kind: 'Ingress', namespace: 'shop', name: 'web' },
      'shop.example.com',
      'CNAME',
      'ingress/shop/web',
    ],
    [
      { file: 'a.yaml', line: 1, kind: 'DNSEndpoint', namespace: 'dns', name: 'records' },
      'txt.example.com',
      'TXT',
      'crd/dns/records',
    ],
    [
      { file: 'a.yaml', line: 1, kind: 'Gateway', namespace: 'istio-system', name: 'public' },
      'gw.example.com',
      'A',
      'gateway/istio-system/public',
    ],
    [
      { file: 'a.yaml', line: 1, kind: 'VirtualService', namespace: 'bookinfo', name: 'reviews' },
      'reviews.example.com',
      'CNAME',
      'virtualservice/bookinfo/reviews',
    ],
    [
      { file: 'a.yaml', line: 1, kind: 'HTTPRoute', namespace: 'apps', name: 'api' },
      'route.example.com',
      'AAAA',
      'httproute/apps/api',
    ],
  ])('%j', (source, name, type, resource) => {
    const plan = computePlan({
      zones: [zone],
      owner: 'default',
      ownership: { prefix: '', suffix: '', wildcardReplacement: '' },
      policy: 'sync',
      defaultTtlSeconds: 300,
      safety: { maxChangePercent: 30, minRecords: 10 },
      desired: [
        {
          name,
          type,
          targets: [type === 'AAAA' ? '2001:db8::1' : type === 'A' ? '192.0.2.1' : 'x.example.net'],
          sources: [source],
        },
      ],
      protectedNames: [],
      claimedTwice: [],
      current: new Map([[zone, [...apex]]]),
      diagnostics: [],
    });
    const txt = plan.zones[0]!.rrsetChanges.find((c) => c.kind === 'create' && c.after.name !== name);
    expect(txt?.kind === 'create' && txt.after).toMatchObject({
      name: `${type.toLowerCase()}-${name}`,
      type: 'TXT',
      values: [`heritage=external-dns,external-dns/owner=default,external-dns/resource=${resource}`],
    });
  });
});
