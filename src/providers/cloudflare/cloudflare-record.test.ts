import { describe, expect, it } from 'vitest';
import { decodeValue, encodeRecord, encodeValue } from './cloudflare-record.js';

describe('encodeValue / decodeValue', () => {
  it.each([
    ['A', '192.0.2.1', { content: '192.0.2.1' }],
    ['AAAA', '2001:db8::1', { content: '2001:db8::1' }],
    ['CNAME', 'LB.Example.net.', { content: 'lb.example.net' }, 'lb.example.net'],
    ['NS', 'ns1.example.net', { content: 'ns1.example.net' }],
    ['TXT', 'v=spf1 -all', { content: '"v=spf1 -all"' }],
    ['MX', '10 mx.example.net', { content: 'mx.example.net', priority: 10 }],
    [
      'SRV',
      '10 5 443 sip.example.net',
      { data: { priority: 10, weight: 5, port: 443, target: 'sip.example.net' } },
    ],
    ['CAA', '0 issue "letsencrypt.org"', { data: { flags: 0, tag: 'issue', value: 'letsencrypt.org' } }],
    [
      'CAA',
      '128 iodef mailto:a@example.net',
      { data: { flags: 128, tag: 'iodef', value: 'mailto:a@example.net' } },
      '128 iodef "mailto:a@example.net"',
    ],
  ])('%s %j <-> %j', (type, value, fields, canonical = value) => {
    expect(encodeValue(type, value)).toEqual(fields);
    expect(decodeValue({ id: 'x', name: 'n.example.com', type, ttl: 300, ...fields })).toBe(canonical);
  });

  it.each([
    ['MX', 'mx.example.net'],
    ['MX', 'ten mx.example.net'],
    ['SRV', '10 5 sip.example.net'],
    ['CAA', 'issue letsencrypt.org'],
  ])('refuses a malformed %s value %j', (type, value) => {
    expect(() => encodeValue(type, value)).toThrow(type);
  });

  it('sets proxied only on proxiable types', () => {
    expect(encodeRecord('a.example.com', 'A', '192.0.2.1', 1, true)).toEqual({
      name: 'a.example.com',
      type: 'A',
      ttl: 1,
      proxied: true,
      content: '192.0.2.1',
    });
    expect(encodeRecord('a.example.com', 'TXT', 'x', 300, true)).not.toHaveProperty('proxied');
  });
});
