import { describe, expect, it } from 'vitest';
import { fromApiContent, toApiContent } from './rrset-content.js';

describe('toApiContent / fromApiContent', () => {
  it.each([
    ['A', '192.0.2.1', '192.0.2.1'],
    ['AAAA', '2001:db8::1', '2001:db8::1'],
    ['CNAME', 'lb.example.net', 'lb.example.net.'],
    ['NS', 'ns1.example.net', 'ns1.example.net.'],
    ['PTR', 'host.example.com', 'host.example.com.'],
    ['MX', '10 mail.example.net', '10 mail.example.net.'],
    ['SRV', '10 5 443 sip.example.net', '10 5 443 sip.example.net.'],
    ['CAA', '0 issue "letsencrypt.org"', '0 issue "letsencrypt.org"'],
    ['TXT', 'say "hi"', '"say \\"hi\\""'],
    ['MX', '0 .', '0 .'],
  ])('%s %j <-> %j', (type, value, content) => {
    expect(toApiContent(type, value)).toBe(content);
    expect(fromApiContent(type, content)).toBe(value);
  });

  it.each([
    ['CNAME', 'LB.Example.NET.', 'lb.example.net'],
    ['MX', '10   Mail.Example.net.', '10 mail.example.net'],
    [
      'SOA',
      'ns1.example.com. hostmaster.example.com. 1 10800 3600 604800 3600',
      'ns1.example.com. hostmaster.example.com. 1 10800 3600 604800 3600',
    ],
  ])('reads %s %j as %j', (type, content, value) => {
    expect(fromApiContent(type, content)).toBe(value);
  });

  it('does not add a second dot to a name that has one', () => {
    expect(toApiContent('CNAME', 'lb.example.net.')).toBe('lb.example.net.');
  });
});
