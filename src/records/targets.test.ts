import { describe, expect, it } from 'vitest';
import { normalizeTarget } from './targets.js';

describe('normalizeTarget', () => {
  it.each([
    ['1.2.3.4', '1.2.3.4'],
    ['2001:DB8::1', '2001:db8::1'],
    ['LB.Example.com.', 'lb.example.com'],
  ])('%s -> %s', (raw, expected) => {
    expect(normalizeTarget(raw)).toEqual({ ok: true, target: expected });
  });

  it.each([
    '*',
    'istio-ingressgateway',
    'gw.istio-system.svc.cluster.local',
    '*.example.com',
    '1200:0000:::AB00:1234',
    'anything goes',
    'foo.com:80',
    '',
  ])('%j is rejected', (raw) => {
    expect(normalizeTarget(raw).ok).toBe(false);
  });
});
