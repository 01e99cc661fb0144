import { describe, expect, it } from 'vitest';
import type { Plan, ZonePlan } from '../plan/plan.js';
import { changeLines, changesMarker, describeDifference, readChanges } from './plan-difference.js';

const zone = (name: string, changes: ZonePlan['changes']): ZonePlan => ({
  zone: name,
  changes,
  conflicts: [],
  rrsetChanges: [],
  ownedCount: 0,
  kept: [],
});
const plan: Plan = {
  checksum: 'c',
  zones: [
    zone('example.com', [
      {
        kind: 'delete',
        name: 'old.example.com',
        type: 'A',
        before: { ttlSeconds: 300, targets: ['192.0.2.1'] },
      },
      {
        kind: 'create',
        name: 'www.example.com',
        type: 'CNAME',
        after: { ttlSeconds: 60, targets: ['lb.example.net'] },
        sources: [],
      },
      {
        kind: 'update',
        name: 'api.example.com',
        type: 'A',
        before: { ttlSeconds: 300, targets: ['192.0.2.1'] },
        after: { ttlSeconds: 300, targets: ['192.0.2.2', '192.0.2.3'] },
        sources: [],
      },
    ]),
  ],
  outsideZones: [],
  diagnostics: [],
};

describe('changeLines', () => {
  it('describes every change on one line', () => {
    expect(changeLines(plan)).toEqual([
      'example.com: delete old.example.com A [192.0.2.1] ttl 300',
      'example.com: create www.example.com CNAME [lb.example.net] ttl 60',
      'example.com: update api.example.com A [192.0.2.1] ttl 300 -> [192.0.2.2, 192.0.2.3] ttl 300',
    ]);
  });
});

describe('changes marker', () => {
  it.each<[string[]]>([[[]], [['a']], [['x: create a A [1] ttl 1', 'y']]])('round-trips %j', (lines) => {
    expect(readChanges(`text ${changesMarker(lines)} more`)).toEqual(lines);
  });

  it('is left out when the digest would be too large', () => {
    const lines = Array.from(
      { length: 5000 },
      (_, i) => `example.com: create n${i}-${(i * 7919) % 10007}.example.com A`,
    );
    expect(changesMarker(lines)).toBe('');
  });

  it.each([['no marker'], ['<!-- gitops-dns-changes:!!! -->'], ['<!-- gitops-dns-changes:AAAA -->']])(
    'reads nothing from %j',
    (body) => {
      expect(readChanges(body)).toBeUndefined();
    },
  );
});

describe('describeDifference', () => {
  it.each([
    [
      ['a', 'b'],
      ['b', 'c'],
      'Difference from the reviewed plan (+ new since review, - reviewed but no longer planned):\n+ c\n- a',
    ],
    [['a'], ['a'], 'The changes are the same, but the records they rest on differ (e.g. ownership records).'],
    [undefined, ['a'], 'The reviewed changes are not recorded in the comment; the plan is now:\n  a'],
  ])('reviewed %j, now %j', (reviewed, current, text) => {
    expect(describeDifference(reviewed, current)).toBe(text);
  });

  it('shows the first 20 lines and counts the rest', () => {
    const current = Array.from({ length: 25 }, (_, i) => `c${i}`);
    const text = describeDifference([], current);
    expect(text.split('\n')).toHaveLength(22);
    expect(text).toMatch(/… and 5 more$/);
  });
});
