import { describe, expect, it } from 'vitest';
import { decodeTxtValue, encodeTxtValue } from './txt-value.js';

describe('encodeTxtValue', () => {
  it.each([
    ['hello world', '"hello world"'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['', '""'],
    ['café', '"caf\\303\\251"'],
    ['tab\there', '"tab\\011here"'],
    ['x'.repeat(256), `"${'x'.repeat(255)}" "x"`],
  ])('%j -> %s', (text, wire) => {
    expect(encodeTxtValue(text)).toBe(wire);
  });
});

describe('decodeTxtValue', () => {
  it.each([
    ['"hello world"', 'hello world'],
    ['"abc" "def"', 'abcdef'],
    ['"say \\"hi\\""', 'say "hi"'],
    ['"caf\\303\\251"', 'café'],
    ['"\\052"', '*'],
    ['unquoted text', 'unquoted text'],
    ['"a\\\\b"', 'a\\b'],
  ])('%s -> %j', (wire, text) => {
    expect(decodeTxtValue(wire)).toBe(text);
  });

  it.each([
    'say "hello"',
    'back\\slash and \\" both',
    'spaces  inside ',
    'é'.repeat(200),
    'v=DKIM1; p=' + 'A'.repeat(600),
  ])('round-trips %j', (text) => {
    expect(decodeTxtValue(encodeTxtValue(text))).toBe(text);
  });

  it('never writes a character-string longer than 255 bytes', () => {
    const wire = encodeTxtValue('é'.repeat(300));
    for (const m of wire.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
      expect(m[1]!.replace(/\\[0-7]{3}/g, 'x').length).toBeLessThanOrEqual(255);
    }
  });
});
