import { describe, expect, it } from 'vitest';
import type { EgressHost } from '../records/egress.js';
import { checkEgressPolicy, type EgressPolicy } from './egress-policy.js';

const host = (name: string, via: 'gateway' | 'direct' = 'direct'): EgressHost => ({
  host: name,
  ports: [{ number: 443, protocol: 'HTTPS' }],
  via,
  sources: [{ file: 'mesh/egress.yaml', line: 7, kind: 'ServiceEntry', namespace: 'shop', name: 'se' }],
});
const policy = (p: Partial<EgressPolicy>): EgressPolicy => ({ deny: [], 'require-gateway': [], ...p });

describe('checkEgressPolicy', () => {
  it.each([
    ['no policy', policy({}), host('api.stripe.com'), []],
    ['allowed', policy({ allow: ['*.stripe.com'] }), host('api.stripe.com'), []],
    [
      'not allowed',
      policy({ allow: ['*.stripe.com'] }),
      host('evil.example'),
      ['not covered by any allow pattern'],
    ],
    ['empty allow list denies all', policy({ allow: [] }), host('a.com'), ['not covered']],
    [
      'wildcard host wider than allow',
      policy({ allow: ['en.wikipedia.org'] }),
      host('*.wikipedia.org'),
      ['not covered'],
    ],
    ['denied', policy({ deny: ['*.ru'] }), host('mail.ru'), ['matches deny pattern *.ru']],
    [
      'wildcard host overlapping deny',
      policy({ deny: ['bad.wikipedia.org'] }),
      host('*.wikipedia.org'),
      ['deny'],
    ],
    [
      'gateway required, direct',
      policy({ 'require-gateway': ['*.stripe.com'] }),
      host('api.stripe.com'),
      ['must be routed'],
    ],
    [
      'gateway required, via gateway',
      policy({ 'require-gateway': ['*.stripe.com'] }),
      host('api.stripe.com', 'gateway'),
      [],
    ],
  ])('%s', (_label, p, h, expected) => {
    const diagnostics = checkEgressPolicy([h], p);
    expect(diagnostics).toHaveLength(expected.length);
    diagnostics.forEach((d, i) => {
      expect(d.message).toContain(expected[i]);
      expect(d).toMatchObject({
        severity: 'error',
        code: 'egress-policy',
        file: 'mesh/egress.yaml',
        line: 7,
      });
    });
  });
});
