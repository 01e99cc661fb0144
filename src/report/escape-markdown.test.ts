import { describe, expect, it } from 'vitest';
import { clip, codeSpan, escapeHtml, escapeMarkdown, escapeMessage } from './escape-markdown.js';

describe('escapeMarkdown', () => {
  it.each([
    ['www.example.com', 'www.example.com'],
    ['a|b', 'a\\|b'],
    ['`x`', '\\`x\\`'],
    ['<script>&', '&lt;script&gt;&amp;'],
    ['*bold* _i_ [l](u) ~s~', '\\*bold\\* \\_i\\_ \\[l\\](u) \\~s\\~'],
    ['back\\slash', 'back\\\\slash'],
    ['line\nbreak\r\n', 'line break '],
  ])('%j -> %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('codeSpan', () => {
  it.each([
    ['www.example.com', '`www.example.com`'],
    ['_dmarc.example.com', '`_dmarc.example.com`'],
    ['<b>', '`<b>`'],
    ['has|pipe', 'has\\|pipe'],
    ['has`tick', 'has\\`tick'],
    [' padded ', ' padded '],
    ['', '&nbsp;'],
    ['multi\nline', '`multi line`'],
  ])('%j -> %j', (input, expected) => {
    expect(codeSpan(input)).toBe(expected);
  });

  it('clips long values', () => {
    expect(codeSpan('x'.repeat(500))).toBe(`\`${'x'.repeat(199)}…\``);
  });
});

describe('escapeMessage', () => {
  it.each([
    ['set `txt-prefix: _x.` to fix', 'set `txt-prefix: _x.` to fix'],
    ['names *.a and *.b', 'names \\*.a and \\*.b'],
    ['unbalanced ` tick | pipe', 'unbalanced \\` tick \\| pipe'],
    ['code with `a|b` pipe', 'code with \\`a\\|b\\` pipe'],
  ])('%j -> %j', (input, expected) => {
    expect(escapeMessage(input)).toBe(expected);
  });
});

describe('escapeHtml and clip', () => {
  it('escapes HTML', () => {
    expect(escapeHtml('a<b>&"c"')).toBe('a&lt;b&gt;&amp;&quot;c&quot;');
  });

  it.each([
    ['short', 10, 'short'],
    ['0123456789', 5, '0123…'],
    ['ab😀cd', 4, 'ab…'],
  ])('clip(%j, %i) = %j', (input, max, expected) => {
    expect(clip(input, max)).toBe(expected);
  });
});
