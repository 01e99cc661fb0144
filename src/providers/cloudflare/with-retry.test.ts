import { describe, expect, it } from 'vitest';
import { backoffMs, isRetryable, retryAfterMs } from './with-retry.js';

const httpError = (status: number, retryAfter?: string) => ({
  status,
  headers: new Headers(retryAfter === undefined ? {} : { 'retry-after': retryAfter }),
});

describe('retry policy', () => {
  it.each([
    [429, true],
    [500, true],
    [503, true],
    [400, false],
    [403, false],
    [404, false],
  ])('status %i is retryable: %s', (status, expected) => {
    expect(isRetryable(httpError(status))).toBe(expected);
  });

  it.each([
    ['7', 7000],
    ['0', 0],
    ['1.5', 1500],
    ['100000', 300_000],
    ['Thu, 01 Jan 2026 00:00:10 GMT', 10_000],
    ['soon', undefined],
    [undefined, undefined],
  ])('Retry-After %j waits %j ms', (header, ms) => {
    expect(retryAfterMs(httpError(429, header), Date.parse('2026-01-01T00:00:00Z'))).toBe(ms);
  });

  it.each([
    [0, 500],
    [1, 1000],
    [3, 4000],
    [10, 8000],
  ])('backoff after attempt %i is %i ms', (attempt, ms) => {
    expect(backoffMs(attempt)).toBe(ms);
  });
});
