import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../records/record.js';
import { mergeClaims } from './merge-claims.js';
import type { Claim } from './source.js';

const ref = (name: string, line: number): SourceRef => ({ file: 'm.yaml', line, kind: 'Service', name });
const claim = (name: string, targets: string[], source: SourceRef, extra: Partial<Claim> = {}): Claim => ({
  name,
  targets,
  source,
  ...extra,
});

describe('mergeClaims', () => {
  it.each([
    [
      'types inferred per target',
      [claim('a.example.com', ['1.2.3.4', '::1', 'lb.example.net'], ref('x', 1))],
      ['a.example.com A 1.2.3.4', 'a.example.com AAAA ::1', 'a.example.com CNAME lb.example.net'],
    ],
    [
      'identical claims merged',
      [claim('a.example.com', ['1.2.3.4'], ref('x', 1)), claim('a.example.com', ['1.2.3.4'], ref('y', 9))],
      ['a.example.com A 1.2.3.4 x:1,y:9'],
    ],
    [
      'one object unions its targets',
      [claim('a.example.com', ['1.2.3.4'], ref('x', 1)), claim('a.example.com', ['1.2.3.5'], ref('x', 2))],
      ['a.example.com A 1.2.3.4,1.2.3.5 x:1,x:2'],
    ],
    [
      'set identifiers are separate records',
      [
        claim('a.example.com', ['1.2.3.4'], ref('x', 1), { setIdentifier: 'eu' }),
        claim('a.example.com', ['1.2.3.5'], ref('y', 2), { setIdentifier: 'us' }),
      ],
      ['a.example.com A 1.2.3.4 x:1', 'a.example.com A 1.2.3.5 y:2'],
    ],
    [
      'explicit types kept apart',
      [
        claim('a.example.com', ['v=spf1'], ref('x', 1), { type: 'TXT' }),
        claim('a.example.com', ['1.2.3.4'], ref('y', 2)),
      ],
      ['a.example.com A 1.2.3.4 y:2', 'a.example.com TXT v=spf1 x:1'],
    ],
  ])('%s', (_case, claims, expected) => {
    const merged = mergeClaims(claims);
    const lines = merged.records.map((record) => {
      const line = `${record.name} ${record.type} ${record.targets.join(',')}`;
      return record.sources.length > 1 || claims.length > 1
        ? `${line} ${record.sources.map((s) => `${s.name}:${s.line}`).join(',')}`
        : line;
    });
    expect(lines).toEqual(expected);
  });

  it('reports different targets as claimed twice on every manifest line, with no record', () => {
    const merged = mergeClaims([
      claim('a.example.com', ['1.2.3.4'], ref('x', 3)),
      claim('a.example.com', ['5.6.7.8'], ref('y', 8)),
    ]);
    expect(merged.records).toEqual([]);
    expect(merged.claimedTwice).toMatchObject([
      { name: 'a.example.com', type: 'A', sources: [ref('x', 3), ref('y', 8)] },
    ]);
    expect(merged.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([
      ['error', 'claimed-twice', 3],
      ['error', 'claimed-twice', 8],
    ]);
  });

  it('keeps the explicit TTL of merged claims, the lowest when they disagree, with a warning', () => {
    const merged = mergeClaims([
      claim('a.example.com', ['1.2.3.4'], ref('x', 1), { ttlSeconds: 300 }),
      claim('a.example.com', ['1.2.3.4'], ref('y', 2)),
      claim('a.example.com', ['1.2.3.4'], ref('z', 3), { ttlSeconds: 60 }),
    ]);
    expect(merged.records[0]!.ttlSeconds).toBe(60);
    expect(merged.diagnostics.map((d) => d.code)).toEqual(['settings-disagree']);
  });

  it('makes names without targets unknown, with a warning per source', () => {
    const merged = mergeClaims([claim('a.example.com', [], ref('x', 4))]);
    expect(merged.records).toEqual([]);
    expect(merged.unknown).toEqual([{ name: 'a.example.com', sources: [ref('x', 4)] }]);
    expect(merged.diagnostics).toMatchObject([{ severity: 'warning', code: 'unknown-target', line: 4 }]);
  });
});
