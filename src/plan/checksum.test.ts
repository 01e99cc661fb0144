import { describe, expect, it } from 'vitest';
import type { Rrset, RrsetChange } from '../records/record.js';
import { canonicalJson, planChecksum } from './checksum.js';
import type { ZonePlan } from './plan.js';

const rr = (name: string, values: string[], ttlSeconds = 300): Rrset => ({
  name,
  type: 'A',
  ttlSeconds,
  values,
});
const zonePlan = (zone: string, rrsetChanges: RrsetChange[]): ZonePlan => ({
  zone,
  changes: [],
  conflicts: [],
  rrsetChanges,
  ownedCount: 0,
  kept: [],
});
const a = rr('a.example.com', ['192.0.2.1']);
const b = rr('b.example.com', ['192.0.2.2']);

describe('canonicalJson', () => {
  it.each([
    [{ b: 1, a: [2, { d: 1, c: 'x' }] }, '{"a":[2,{"c":"x","d":1}],"b":1}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    [['z', 'a'], '["z","a"]'],
  ])('%j', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });
});

describe('planChecksum', () => {
  const base = [
    zonePlan('example.com', [
      { kind: 'create', after: a },
      { kind: 'delete', before: b },
    ]),
    zonePlan('example.org', [{ kind: 'update', before: a, after: { ...a, values: ['192.0.2.9'] } }]),
  ];
  const sum = planChecksum(base);

  it('is a sha256 hex digest', () => {
    expect(sum).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['zones reversed', [...base].reverse()],
    ['changes reversed', base.map((z) => ({ ...z, rrsetChanges: [...z.rrsetChanges].reverse() }))],
    ['a zone without changes added', [...base, zonePlan('example.net', [])]],
    [
      'keys in another order',
      base.map((z) => ({
        ...z,
        rrsetChanges: z.rrsetChanges.map((c) => JSON.parse(canonicalJson(c)) as RrsetChange),
      })),
    ],
  ])('does not change with %s', (_title, zones) => {
    expect(planChecksum(zones)).toBe(sum);
  });

  it.each([
    [
      'a before state changed out of band',
      [
        base[0]!,
        zonePlan('example.org', [
          { kind: 'update', before: { ...a, ttlSeconds: 60 }, after: { ...a, values: ['192.0.2.9'] } },
        ]),
      ],
    ],
    [
      'an after state',
      [
        base[0]!,
        zonePlan('example.org', [{ kind: 'update', before: a, after: { ...a, values: ['192.0.2.8'] } }]),
      ],
    ],
    [
      'a change moved to another zone',
      [
        zonePlan('example.com', base[0]!.rrsetChanges.slice(0, 1)),
        zonePlan('example.org', [...base[1]!.rrsetChanges, base[0]!.rrsetChanges[1]!]),
      ],
    ],
    ['a change dropped', [base[0]!]],
  ])('changes with %s', (_title, zones) => {
    expect(planChecksum(zones)).not.toBe(sum);
  });
});
