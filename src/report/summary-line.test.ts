import { describe, expect, it } from 'vitest';
import type { Change, Plan, ZonePlan } from '../plan/plan.js';
import { countNoun, planCounts, planHasChanges, summaryLine } from './summary-line.js';

const state = { ttlSeconds: 300, targets: ['192.0.2.1'] };
const create: Change = { kind: 'create', name: 'a.example.com', type: 'A', after: state, sources: [] };
const update: Change = {
  kind: 'update',
  name: 'b.example.com',
  type: 'A',
  before: state,
  after: state,
  sources: [],
};
const del: Change = { kind: 'delete', name: 'c.example.com', type: 'A', before: state };
const conflict = { name: 'd.example.com', type: 'A', reason: 'not-owned' as const, message: 'x' };

function zone(changes: Change[], conflicts = 0): ZonePlan {
  return {
    zone: 'example.com',
    changes,
    conflicts: Array.from({ length: conflicts }, () => conflict),
    rrsetChanges: [],
    ownedCount: 0,
    kept: [],
  };
}

function plan(...zones: ZonePlan[]): Plan {
  return { checksum: '', zones, outsideZones: [], diagnostics: [] };
}

describe('summaryLine', () => {
  it.each([
    [plan(), '0 to create, 0 to update, 0 to delete, 0 conflicts'],
    [plan(zone([create])), '1 to create, 0 to update, 0 to delete, 0 conflicts'],
    [plan(zone([del, create, update], 1)), '1 to create, 1 to update, 1 to delete, 1 conflict'],
    [
      plan(zone([create, create], 2), zone([del, del, del], 1)),
      '2 to create, 0 to update, 3 to delete, 3 conflicts',
    ],
  ])('%#: %s', (p, expected) => {
    expect(summaryLine(p)).toBe(expected);
  });
});

describe('planCounts and planHasChanges', () => {
  it('counts over all zones', () => {
    const p = plan(zone([del, create], 2), zone([update, update]));
    expect(planCounts(p)).toEqual({ creates: 1, updates: 2, deletes: 1, conflicts: 2 });
    expect(planHasChanges(p)).toBe(true);
  });

  it('has no changes when only conflicts are present', () => {
    expect(planHasChanges(plan(zone([], 3)))).toBe(false);
  });
});

describe('countNoun', () => {
  it.each([
    [0, 'conflict', undefined, '0 conflicts'],
    [1, 'conflict', undefined, '1 conflict'],
    [2, 'info', 'info', '2 info'],
  ])('%i %s', (n, singular, plural, expected) => {
    expect(countNoun(n, singular, plural)).toBe(expected);
  });
});
