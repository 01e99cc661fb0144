import { describe, expect, it } from 'vitest';
import { parseTtl } from './ttl.js';

describe('parseTtl', () => {
  it.each([
    ['300', 300],
    [60, 60],
    ['1m', 60],
    ['90s', 90],
    ['1h30m', 5400],
    ['1h', 3600],
    ['2m30s', 150],
    // Go's time.ParseDuration, as external-dns: decimals, any unit order, the fraction of a
    // second dropped ("1.5s" is 1 second there too).
    ['1.5m', 90],
    ['0.5h', 1800],
    ['1.5s', 1],
    ['30s1m', 90],
    ['1500ms', 1],
    ['+5m', 300],
  ])('%j -> %d seconds', (raw, seconds) => {
    expect(parseTtl(raw)).toEqual({ ok: true, seconds });
  });

  it.each(['', 'abc', '0', '-5', '-5m', '1d', '10ms', '1.5.5s', '.s', '1 m', '99999999999', '1e3'])(
    '%j is rejected',
    (raw) => {
      expect(parseTtl(raw).ok).toBe(false);
    },
  );
});
