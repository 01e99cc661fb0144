import { describe, expect, it } from 'vitest';
import { GitopsDnsError } from '../../errors.js';
import { parseZoneFile } from './zone-file-parser.js';

const parse = (text: string): string[] =>
  parseZoneFile(text, { file: 'zones/example.com.zone', origin: 'example.com' }).records.map(
    (r) => `${r.name} ${r.ttlSeconds} ${r.type} ${r.value}`,
  );

describe('parseZoneFile', () => {
  it.each([
    ['relative name', '$TTL 60\nwww IN A 192.0.2.1\n', ['www.example.com 60 A 192.0.2.1']],
    ['absolute name', '$TTL 60\nWWW.Example.COM. IN A 192.0.2.1\n', ['www.example.com 60 A 192.0.2.1']],
    ['@ is the origin', '$TTL 60\n@ IN A 192.0.2.1\n', ['example.com 60 A 192.0.2.1']],
    ['class IN is optional', '$TTL 60\nwww A 192.0.2.1\n', ['www.example.com 60 A 192.0.2.1']],
    ['TTL before class', 'www 120 IN A 192.0.2.1\n', ['www.example.com 120 A 192.0.2.1']],
    ['class before TTL', 'www IN 120 A 192.0.2.1\n', ['www.example.com 120 A 192.0.2.1']],
    [
      'TTL units',
      'a 1h A 192.0.2.1\nb 1d A 192.0.2.2\nc 1h30m A 192.0.2.3\nd 2W A 192.0.2.4\n',
      [
        'a.example.com 3600 A 192.0.2.1',
        'b.example.com 86400 A 192.0.2.2',
        'c.example.com 5400 A 192.0.2.3',
        'd.example.com 1209600 A 192.0.2.4',
      ],
    ],
    ['$TTL with units', '$TTL 5m\nwww A 192.0.2.1\n', ['www.example.com 300 A 192.0.2.1']],
    [
      'no $TTL: the last explicit TTL',
      'a 60 A 192.0.2.1\nb A 192.0.2.2\n',
      ['a.example.com 60 A 192.0.2.1', 'b.example.com 60 A 192.0.2.2'],
    ],
    [
      'blank owner is the previous owner',
      '$TTL 60\nwww A 192.0.2.1\n  TXT "x"\n\tAAAA ::1\n',
      ['www.example.com 60 A 192.0.2.1', 'www.example.com 60 TXT x', 'www.example.com 60 AAAA ::1'],
    ],
    [
      '$ORIGIN changes relative names',
      '$TTL 60\n$ORIGIN sub.example.com.\nwww A 192.0.2.1\n@ A 192.0.2.2\n',
      ['www.sub.example.com 60 A 192.0.2.1', 'sub.example.com 60 A 192.0.2.2'],
    ],
    [
      'comments anywhere',
      '; head\n$TTL 60 ; default\nwww A 192.0.2.1 ; web\n   ; only a comment\n',
      ['www.example.com 60 A 192.0.2.1'],
    ],
    [
      'a semicolon inside quotes is text',
      '$TTL 60\nt TXT "v=spf1; -all"\n',
      ['t.example.com 60 TXT v=spf1; -all'],
    ],
    ['multi-string TXT is one value', '$TTL 60\nt TXT "abc" "def" ghi\n', ['t.example.com 60 TXT abcdefghi']],
    [
      'escapes in TXT',
      '$TTL 60\nt TXT "say \\"hi\\" \\\\ \\065\\066"\n',
      ['t.example.com 60 TXT say "hi" \\ AB'],
    ],
    ['UTF-8 bytes in TXT', '$TTL 60\nt TXT "caf\\195\\169 ok"\n', ['t.example.com 60 TXT café ok']],
    [
      'parentheses join lines',
      '$TTL 60\nt TXT ( "one" ; first\n  "two" )\n',
      ['t.example.com 60 TXT onetwo'],
    ],
    [
      'SOA over several lines',
      '@ 3600 IN SOA ns1 hostmaster.example.com. (\n 2024010101 ; serial\n 2h 15m 2w 5m )\n',
      ['example.com 3600 SOA ns1.example.com hostmaster.example.com 2024010101 7200 900 1209600 300'],
    ],
    [
      'SOA without TTL takes its minimum',
      '@ IN SOA ns1. host. 1 2 3 4 77\nwww A 192.0.2.1\n',
      ['example.com 77 SOA ns1 host 1 2 3 4 77', 'www.example.com 77 A 192.0.2.1'],
    ],
    [
      'names in rdata are resolved',
      '$TTL 60\n@ NS ns1\n@ MX 10 mail\nc CNAME Target.Example.NET.\n',
      [
        'example.com 60 NS ns1.example.com',
        'example.com 60 MX 10 mail.example.com',
        'c.example.com 60 CNAME target.example.net',
      ],
    ],
    [
      'SRV',
      '$TTL 60\n_sip._tcp SRV 10 5 5060 sip\n',
      ['_sip._tcp.example.com 60 SRV 10 5 5060 sip.example.com'],
    ],
    ['PTR', '$TTL 60\n1 PTR host.example.net.\n', ['1.example.com 60 PTR host.example.net']],
    [
      'CAA is normalised',
      '$TTL 60\n@ CAA 0 ISSUE "letsencrypt.org"\n@ CAA 128 iodef mailto:a@b.c\n',
      ['example.com 60 CAA 0 issue "letsencrypt.org"', 'example.com 60 CAA 128 iodef "mailto:a@b.c"'],
    ],
    ['AAAA is canonical', '$TTL 60\nv6 AAAA 2001:DB8:0:0:0:0:0:1\n', ['v6.example.com 60 AAAA 2001:db8::1']],
    ['SPF', '$TTL 60\n@ SPF "v=spf1 -all"\n', ['example.com 60 SPF v=spf1 -all']],
    [
      'DS kept as text',
      '$TTL 60\nsub DS 60485 5 1 ( 2BB183AF5F22588179A53B0A\n 98631FAD1A292118 )\n',
      ['sub.example.com 60 DS 60485 5 1 2BB183AF5F22588179A53B0A 98631FAD1A292118'],
    ],
    [
      'unknown types kept as opaque text',
      '$TTL 60\nh HINFO "PC" "Linux"\nx TYPE65534 \\# 2 abcd\n',
      ['h.example.com 60 HINFO "PC" "Linux"', 'x.example.com 60 TYPE65534 \\# 2 abcd'],
    ],
    ['wildcards', '$TTL 60\n*.apps A 192.0.2.9\n', ['*.apps.example.com 60 A 192.0.2.9']],
    [
      'CRLF line endings',
      '$TTL 60\r\nwww A 192.0.2.1\r\n  TXT "x"\r\n',
      ['www.example.com 60 A 192.0.2.1', 'www.example.com 60 TXT x'],
    ],
    ['no final newline', '$TTL 60\nwww A 192.0.2.1', ['www.example.com 60 A 192.0.2.1']],
    [
      'NAPTR replacement is a name, resolved against the origin; "." stays the root',
      '$TTL 60\nm NAPTR 100 10 "s" "SIP+D2U" "" _sip._udp\nn NAPTR 100 10 "u" "E2U+sip" "!^.*$!sip:x@example.com!" .\n',
      [
        'm.example.com 60 NAPTR 100 10 "s" "SIP+D2U" "" _sip._udp.example.com',
        'n.example.com 60 NAPTR 100 10 "u" "E2U+sip" "!^.*$!sip:x@example.com!" .',
      ],
    ],
    [
      'escaped owner characters are the characters (decimal \\042 is *), an escaped dot stays escaped',
      '$TTL 60\n\\042.apps A 192.0.2.9\n\\065\\-b A 192.0.2.8\na\\.b A 192.0.2.7\n',
      [
        '*.apps.example.com 60 A 192.0.2.9',
        'a-b.example.com 60 A 192.0.2.8',
        'a\\.b.example.com 60 A 192.0.2.7',
      ],
    ],
  ])('%s', (_title, text, expected) => {
    expect(parse(text)).toEqual(expected);
  });

  it.each([
    ['$INCLUDE', '$TTL 60\n$INCLUDE other.zone\n', 2, /\$INCLUDE is not supported/],
    ['$GENERATE', '$GENERATE 1-5 host$ A 192.0.2.$\n', 1, /unsupported directive/],
    ['$ORIGIN relative', '$ORIGIN sub\n', 1, /absolute/],
    ['bad $TTL', '$TTL soon\n', 1, /\$TTL needs a TTL/],
    ['blank owner first', '  A 192.0.2.1\n', 1, /no previous owner/],
    ['no TTL anywhere', 'www A 192.0.2.1\n', 1, /no TTL/],
    ['bad IPv4', '$TTL 60\n\nwww A 192.0.2.300\n', 3, /not an IPv4 address/],
    ['bad IPv6', '$TTL 60\nwww AAAA 192.0.2.1\n', 2, /not an IPv6 address/],
    ['MX missing a field', '$TTL 60\n@ MX mail\n', 2, /MX takes 2 fields/],
    ['unclosed parenthesis', '$TTL 60\n@ TXT ( "a"\n"b"\n', 2, /unclosed "\("/],
    ['stray parenthesis', '$TTL 60\n@ TXT "a" )\n', 2, /unbalanced/],
    ['unterminated string', '$TTL 60\n@ TXT "abc\n', 2, /unterminated quoted string/],
    ['escaped newline in a string', '$TTL 60\n@ TXT "abc\\\n"\n', 2, /unterminated quoted string/],
    ['other class', '$TTL 60\n@ CH A 192.0.2.1\n', 2, /class CH is not supported/],
    ['no type', '$TTL 60\nwww 60 IN\n', 2, /no type/],
    ['TTL too large', 'www 4294967295 A 192.0.2.1\n', 1, /larger than/],
  ])('refuses %s, naming file and line', (_title, text, line, message) => {
    const error = (() => {
      try {
        parse(text);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(GitopsDnsError);
    expect((error as GitopsDnsError).code).toBe('provider');
    expect((error as GitopsDnsError).message).toMatch(new RegExp(`^zones/example\\.com\\.zone:${line}: `));
    expect((error as GitopsDnsError).message).toMatch(message);
  });

  it('records the lines each record spans and where the SOA serial is', () => {
    const { records } = parseZoneFile(
      '$TTL 60\n@ SOA ns1 host (\n  2024010101 ; serial\n  1 2 3 4 )\nwww A 192.0.2.1 ; web\n',
      { file: 'f', origin: 'example.com' },
    );
    expect(records.map((r) => [r.type, r.startLine, r.endLine])).toEqual([
      ['SOA', 2, 4],
      ['A', 5, 5],
    ]);
    expect(records[0]!.serial).toEqual({ line: 3, column: 2, text: '2024010101' });
  });
});
