import { describe, expect, it } from 'vitest';
import { quoteTxt, unquoteTxt } from './txt-content.js';

describe('quoteTxt / unquoteTxt', () => {
  it.each([
    ['hello world', '"hello world"'],
    ['', '""'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['x'.repeat(256), `"${'x'.repeat(255)}" "x"`],
  ])('quotes %j as %j and reads it back', (text, content) => {
    expect(quoteTxt(text)).toBe(content);
    expect(unquoteTxt(content)).toBe(text);
  });

  it('never splits a multi-byte character across strings', () => {
    const text = `${'x'.repeat(254)}é`;
    expect(quoteTxt(text)).toBe(`"${'x'.repeat(254)}" "é"`);
    expect(unquoteTxt(quoteTxt(text))).toBe(text);
  });

  it.each([
    ['v=spf1 -all', 'v=spf1 -all'],
    ['"a" "b"', 'ab'],
    ['"a\\065"', 'aA'],
    ['"unterminated', 'unterminated'],
    ['"a" junk', '"a" junk'],
  ])('reads stored content %j as %j', (content, text) => {
    expect(unquoteTxt(content)).toBe(text);
  });
});
