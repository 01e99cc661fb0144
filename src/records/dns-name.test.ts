import { describe, expect, it } from 'vitest';
import { hostMatches, isPublishable, normalizeDnsName } from './dns-name.js';

describe('normalizeDnsName', () => {
  it.each([
    ['www.example.com', 'www.example.com'],
    ['WWW.Example.COM.', 'www.example.com'],
    ['  api.example.com ', 'api.example.com'],
    ['*.example.com', '*.example.com'],
    ['bücher.example.de', 'xn--bcher-kva.example.de'],
    ['_acme-challenge.example.com', '_acme-challenge.example.com'],
    ['xn--bcher-kva.example.de', 'xn--bcher-kva.example.de'],
  ])('%s -> %s', (raw, expected) => {
    expect(normalizeDnsName(raw)).toEqual({ ok: true, name: expected });
  });

  it.each([
    ['', 'invalid'],
    ['http://a<', 'invalid'],
    ['a..example.com', 'invalid'],
    ['-a.example.com', 'invalid'],
    ['a-.example.com', 'invalid'],
    ['foo bar.example.com', 'invalid'],
    ['www.*.example.com', 'invalid'],
    ['**.example.com', 'invalid'],
    [`${'a'.repeat(64)}.example.com`, 'invalid'],
    [`${'abcdefghi.'.repeat(26)}com`, 'invalid'],
    ['*', 'unpublishable'],
    ['reviews', 'unpublishable'],
    ['reviews.default.svc.cluster.local', 'unpublishable'],
    ['*.svc.cluster.local', 'unpublishable'],
    ['cluster.local', 'unpublishable'],
  ])('%j is rejected as %s', (raw, kind) => {
    const result = normalizeDnsName(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.kind).toBe(kind);
  });
});

describe('isPublishable', () => {
  it.each([
    ['example.com', true],
    ['*.example.com', true],
    ['*', false],
    ['ratings', false],
    ['a.b.svc.cluster.local', false],
  ])('%s -> %s', (name, expected) => {
    expect(isPublishable(name)).toBe(expected);
  });
});

describe('hostMatches', () => {
  it.each([
    ['*', 'a.example.com', true],
    ['*.example.com', 'a.example.com', true],
    ['*.example.com', 'a.b.example.com', true],
    ['*.example.com', 'example.com', false],
    ['*.example.com', '*.a.example.com', true],
    ['a.example.com', 'a.example.com', true],
    ['a.example.com', 'b.example.com', false],
    ['a.example.com', '*.example.com', false],
  ])('%s matches %s: %s', (pattern, host, expected) => {
    expect(hostMatches(pattern, host)).toBe(expected);
  });
});
