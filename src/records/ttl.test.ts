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
  ])('%j -> %d seconds', (raw, seconds) => {
    expect(parseTtl(raw)).toEqual({ ok: true, seconds });
  });

  it.each(['', 'abc', '0', '-5', '1.5s', '1d', '10ms', '99999999999'])('%j is rejected', (raw) => {
    expect(parseTtl(raw).ok).toBe(false);
  });
});
