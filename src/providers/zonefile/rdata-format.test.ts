import { describe, expect, it } from 'vitest';
import { formatRdata, parseTtl, resolveName } from './rdata-format.js';
import { decodeCharacterString, encodeCharacterStrings } from './zone-file-lexer.js';

describe('resolveName', () => {
  it.each([
    ['@', 'example.com', 'example.com'],
    ['www', 'example.com', 'www.example.com'],
    ['WWW.Other.NET.', 'example.com', 'www.other.net'],
    ['.', 'example.com', ''],
    ['*.apps', 'example.com', '*.apps.example.com'],
  ])('%s in %s is %s', (text, origin, expected) => {
    expect(resolveName(text, origin)).toBe(expected);
  });
});

describe('parseTtl', () => {
  it.each([
    ['300', 300],
    ['1h', 3600],
    ['1H30M', 5400],
    ['1w2d', 777600],
    ['soon', undefined],
    ['1x', undefined],
    ['', undefined],
  ])('%s is %s', (text, expected) => {
    expect(parseTtl(text)).toBe(expected);
  });
});

describe('formatRdata', () => {
  it.each([
    ['A', '192.0.2.1', '192.0.2.1'],
    ['AAAA', '2001:db8::1', '2001:db8::1'],
    ['CNAME', 'target.example.net', 'target.example.net.'],
    ['NS', 'ns1.example.net', 'ns1.example.net.'],
    ['MX', '10 mail.example.net', '10 mail.example.net.'],
    ['MX', '0 ', '0 .'],
    ['SRV', '10 5 443 sip.example.net', '10 5 443 sip.example.net.'],
    ['CAA', '0 issue "letsencrypt.org"', '0 issue "letsencrypt.org"'],
    ['TXT', 'say "hi" \\ there', '"say \\"hi\\" \\\\ there"'],
    ['TXT', '', '""'],
    ['TXT', 'tab\there', '"tab\\009here"'],
    ['DS', '60485 5 1 2BB183AF', '60485 5 1 2BB183AF'],
    [
      'NAPTR',
      '100 10 "s" "SIP+D2U" "" _sip._udp.example.com',
      '100 10 "s" "SIP+D2U" "" _sip._udp.example.com.',
    ],
    [
      'NAPTR',
      '100 10 "u" "E2U+sip" "!^.*$!sip:x@example.com!" .',
      '100 10 "u" "E2U+sip" "!^.*$!sip:x@example.com!" .',
    ],
  ])('%s %j is written as %s', (type, value, expected) => {
    expect(formatRdata(type, value)).toEqual({ text: expected });
  });

  it.each([
    ['A', '2001:db8::1'],
    ['AAAA', '192.0.2.1'],
    ['MX', 'mail.example.net'],
    ['MX', 'ten mail.example.net'],
    ['SRV', '10 5 sip.example.net'],
    ['CNAME', 'bad name'],
    ['CAA', 'issue letsencrypt.org'],
    ['DS', 'a ; comment'],
    ['DS', ''],
  ])('refuses %s %j', (type, value) => {
    expect(formatRdata(type, value)).toHaveProperty('error');
  });
});

describe('character-strings', () => {
  it('splits long text into chunks of at most 255 bytes, on character boundaries', () => {
    const text = 'é'.repeat(200); // 400 bytes
    const chunks = encodeCharacterStrings(text);
    expect(chunks.map((c) => Buffer.byteLength(c.slice(1, -1)))).toEqual([254, 146]);
    expect(chunks.map((c) => decodeCharacterString(c.slice(1, -1))).join('')).toBe(text);
  });

  it('splits 600 ASCII characters into 255 + 255 + 90', () => {
    expect(encodeCharacterStrings('x'.repeat(600)).map((c) => c.length - 2)).toEqual([255, 255, 90]);
  });

  it('counts an escaped quote as one byte', () => {
    const chunks = encodeCharacterStrings('"'.repeat(300));
    expect(chunks.map((c) => decodeCharacterString(c.slice(1, -1)).length)).toEqual([255, 45]);
  });
});
