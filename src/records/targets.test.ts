import { describe, expect, it } from 'vitest';
import { normalizeTarget } from './targets.js';

describe('normalizeTarget', () => {
  it.each([
    ['1.2.3.4', '1.2.3.4'],
    ['2001:DB8::1', '2001:db8::1'],
    ['2001:0db8:85a3:0000:0000:8a2e:0370:7334', '2001:db8:85a3::8a2e:370:7334'],
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
