import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { decodeTxtContent, encodeTxtContent } from './txt-content.js';

describe('encodeTxtContent', () => {
  it.each([
    ['hello world', '"hello world"'],
    ['', '""'],
    ['say "hi"', '"say \\"hi\\""'],
    ['back\\slash', '"back\\\\slash"'],
    ['v=spf1 include:_spf.example.net; ~all', '"v=spf1 include:_spf.example.net; ~all"'],
    ['tab\there', '"tab\\009here"'],
    ['café', '"caf\\195\\169"'],
  ])('%j -> %s', (value, content) => {
    expect(encodeTxtContent(value)).toBe(content);
  });

  it('splits into 255-byte strings', () => {
    const content = encodeTxtContent('x'.repeat(600));
    expect(content).toBe(`"${'x'.repeat(255)}" "${'x'.repeat(255)}" "${'x'.repeat(90)}"`);
  });

  it('counts escapes as the one byte they stand for', () => {
    const content = encodeTxtContent('"'.repeat(256));
    expect(content).toBe(`"${'\\"'.repeat(255)}" "\\""`);
  });
});

describe('decodeTxtContent', () => {
  it.each([
    ['"hello world"', 'hello world'],
    ['""', ''],
    ['"a \\"q\\" \\\\ \\195\\169 ;x" "second"', 'a "q" \\ é ;xsecond'],
    ['"first" "second"', 'firstsecond'],
    ['unquoted', 'unquoted'],
    ['"raw é"', 'raw é'],
    ['"\\;"', ';'],
  ])('%s -> %j', (content, value) => {
    expect(decodeTxtContent(content)).toBe(value);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 700 })])('round-trips any text', (value) => {
    expect(decodeTxtContent(encodeTxtContent(value))).toBe(value);
  });
});
