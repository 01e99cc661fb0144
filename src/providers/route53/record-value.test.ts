import { describe, expect, it } from 'vitest';
import { decodeRecordValue, encodeRecordValue } from './record-value.js';
import { isInZone } from '../../records/dns-name.js';
import { decodeRoute53Name, encodeRoute53Name } from './route53-name.js';

describe('decodeRoute53Name', () => {
  it.each([
    ['www.example.com.', 'www.example.com'],
    ['\\052.example.com.', '*.example.com'],
    ['WWW.Example.COM.', 'www.example.com'],
    ['_sip._tcp.example.com', '_sip._tcp.example.com'],
    ['a\\100b.example.com.', 'a@b.example.com'],
  ])('%s -> %s', (wire, name) => {
    expect(decodeRoute53Name(wire)).toBe(name);
  });

  it.each([
    ['example.com', 'example.com.'],
    ['example.com.', 'example.com.'],
  ])('encodes %s as %s', (name, wire) => {
    expect(encodeRoute53Name(name)).toBe(wire);
  });

  it.each([
    ['example.com', 'example.com', true],
    ['a.example.com', 'example.com', true],
    ['badexample.com', 'example.com', false],
  ])('isInZone(%s, %s) is %s', (name, zone, inside) => {
    expect(isInZone(name, zone)).toBe(inside);
  });
});

describe('record values', () => {
  it.each([
    ['CNAME', 'target.example.net', 'target.example.net.'],
    ['MX', '10 mail.example.net', '10 mail.example.net.'],
    ['MX', '0 .', '0 .'],
    ['SRV', '10 5 443 sip.example.net', '10 5 443 sip.example.net.'],
    ['NS', 'ns1.example.net', 'ns1.example.net.'],
    ['A', '192.0.2.1', '192.0.2.1'],
    ['CAA', '0 issue "letsencrypt.org"', '0 issue "letsencrypt.org"'],
    ['TXT', 'v=spf1 -all', '"v=spf1 -all"'],
  ])('%s %j <-> %j', (type, value, wire) => {
    expect(encodeRecordValue(type, value)).toBe(wire);
    expect(decodeRecordValue(type, wire)).toBe(value);
  });

  it.each([
    ['CNAME', 'Target.Example.NET.', 'target.example.net'],
    ['AAAA', '2001:DB8::1', '2001:db8::1'],
    ['MX', '10 Mail.Example.NET.', '10 mail.example.net'],
  ])('normalises %s %s', (type, wire, value) => {
    expect(decodeRecordValue(type, wire)).toBe(value);
  });
});
