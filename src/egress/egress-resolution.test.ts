import { describe, expect, it } from 'vitest';
import type { EgressHost } from '../records/egress.js';
import {
  checkEgressResolution,
  lookupForSetting,
  needsLookup,
  staleEgressCount,
  type LookupResult,
} from './egress-resolution.js';

const host = (name: string, resolution?: string): EgressHost => ({
  host: name,
  ports: [],
  ...(resolution ? { resolution } : {}),
  sources: [{ file: 'se.yaml', line: 3, kind: 'ServiceEntry', name: 'se' }],
});

describe('needsLookup', () => {
  it.each([
    [host('a.com'), true],
    [host('a.com', 'DNS'), true],
    [host('a.com', 'DNS_ROUND_ROBIN'), true],
    [host('a.com', 'STATIC'), false],
    [host('a.com', 'NONE'), false],
    [host('*.a.com', 'DNS'), false],
  ])('%j -> %s', (h, expected) => expect(needsLookup(h)).toBe(expected));
});

describe('checkEgressResolution (with an in-memory lookup)', () => {
  const answers: Record<string, LookupResult> = {
    'ok.example': 'resolves',
    'gone.example': 'missing',
    'flaky.example': { error: 'ETIMEOUT' },
  };
  it('reports stale hosts as warnings and unanswered ones as info', async () => {
    const asked: string[] = [];
    const diagnostics = await checkEgressResolution(
      [
        host('ok.example'),
        host('gone.example'),
        host('flaky.example'),
        host('*.wild.example'),
        host('static.example', 'STATIC'),
      ],
      async (h) => {
        asked.push(h);
        return answers[h]!;
      },
    );
    expect(asked).toEqual(['ok.example', 'gone.example', 'flaky.example']);
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'egress-stale', file: 'se.yaml', line: 3 }),
      expect.objectContaining({
        severity: 'info',
        code: 'egress-unchecked',
        message: expect.stringContaining('ETIMEOUT'),
      }),
    ]);
  });
});

describe('lookupForSetting', () => {
  it('is off when the config says off, a lookup otherwise', () => {
    expect(lookupForSetting('off')).toBeUndefined();
    expect(typeof lookupForSetting('127.0.0.1:5300')).toBe('function');
    expect(typeof lookupForSetting(undefined)).toBe('function');
  });

  it('counts stale hosts among diagnostics', () => {
    expect(
      staleEgressCount([
        { severity: 'warning', code: 'egress-stale', message: 'a' },
        { severity: 'info', code: 'egress-unchecked', message: 'b' },
      ]),
    ).toBe(1);
  });
});
