import { describe, expect, it } from 'vitest';
import { samplePlan } from '../../test/plan-fixtures.js';
import type { Plan } from '../plan/plan.js';
import { planToJsonValue, renderPlanJson } from './plan-json.js';

describe('planToJsonValue', () => {
  const json = planToJsonValue(samplePlan());
  const com = json.zones[0]!;

  it('keeps the top-level keys of SPEC 6 in a fixed order', () => {
    expect(Object.keys(json)).toEqual(['checksum', 'zones', 'outsideZones', 'egress', 'diagnostics']);
    expect(Object.keys(com)).toEqual(['zone', 'changes', 'conflicts', 'kept']);
    expect(Object.keys(json.zones[2]!)).toEqual(['zone', 'changes', 'conflicts', 'blocked']);
  });

  it.each([
    [
      0,
      { action: 'delete', name: 'old.example.com', type: 'A', before: { ttl: 300, targets: ['192.0.2.10'] } },
    ],
    [
      3,
      {
        action: 'create',
        name: 'www.example.com',
        type: 'A',
        ttl: 300,
        targets: ['203.0.113.8'],
        providerSpecific: { 'cloudflare-proxied': 'true' },
        sources: [
          {
            file: 'clusters/prod/web/ingress.yaml',
            line: 12,
            kind: 'Ingress',
            namespace: 'web',
            name: 'web',
          },
          {
            file: 'clusters/staging/web/ingress.yaml',
            line: 12,
            kind: 'Ingress',
            namespace: 'web',
            name: 'web',
          },
        ],
      },
    ],
    [
      4,
      {
        action: 'update',
        name: 'api.example.com',
        type: 'A',
        ttl: 60,
        targets: ['192.0.2.2', '192.0.2.3'],
        before: { ttl: 300, targets: ['192.0.2.1', '192.0.2.2'] },
        sources: [
          { file: 'clusters/prod/api/service.yaml', line: 4, kind: 'Service', namespace: 'api', name: 'api' },
        ],
      },
    ],
  ])('change %i has the SPEC 6 shape', (index, expected) => {
    expect(com.changes[index]).toStrictEqual(expected);
  });

  it('writes the owner only for owned-by-other and leaves out absent sources', () => {
    const byReason = Object.fromEntries(json.zones.flatMap((z) => z.conflicts).map((c) => [c.reason, c]));
    expect(byReason['owned-by-other']).toMatchObject({ owner: 'team-payments' });
    expect(Object.keys(byReason['not-owned']!)).toEqual(['name', 'type', 'reason', 'message', 'sources']);
    expect(Object.keys(byReason['unsupported-type']!)).toEqual(['name', 'type', 'reason', 'message']);
  });

  it('leaves out egress when the plan has none, and absent diagnostic positions', () => {
    const plan: Plan = { ...samplePlan(), egress: undefined };
    const value = planToJsonValue(plan);
    expect('egress' in value).toBe(false);
    expect(value.diagnostics[2]).toStrictEqual({
      severity: 'info',
      code: 'skipped-controller',
      message: 'Skipped: controller annotation is "other".',
    });
  });

  it('sorts provider-specific keys so insertion order does not change the bytes', () => {
    const plan = samplePlan();
    const change = plan.zones[0]!.changes[3]!;
    if (change.kind !== 'create') throw new Error('fixture changed');
    const a = renderPlanJson(plan);
    change.after.providerSpecific = { zeta: '1', alpha: '2' };
    const b = renderPlanJson(plan);
    change.after.providerSpecific = { alpha: '2', zeta: '1' };
    expect(renderPlanJson(plan)).toBe(b);
    expect(b).not.toBe(a);
  });
});

describe('renderPlanJson', () => {
  it('is two-space indented JSON with a trailing newline that parses back to the value', () => {
    const text = renderPlanJson(samplePlan());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toMatch(/^ {2}"checksum": /);
    expect(JSON.parse(text)).toStrictEqual(planToJsonValue(samplePlan()));
  });
});
