import { describe, expect, it } from 'vitest';
import type { Rrset, RrsetChange } from '../../records/record.js';
import { parseZoneFile } from './zone-file-parser.js';
import { writeZoneFile } from './zone-file-writer.js';
import { toRrsets } from './zonefile-provider.js';

const origin = 'example.com';
const write = (text: string, changes: RrsetChange[]): string =>
  writeZoneFile(text, parseZoneFile(text, { file: 'f', origin }), changes, {
    bumpSerial: (s) => String(Number(s) + 7),
  });
const list = (text: string): Rrset[] => toRrsets(parseZoneFile(text, { file: 'f', origin }));
const rr = (name: string, type: string, values: string[], ttlSeconds = 300): Rrset => ({
  name: `${name}.${origin}`.replace(/^@\./, ''),
  type,
  ttlSeconds,
  values,
});

const full = [
  '; example.com, kept by hand',
  '$ORIGIN example.com.',
  '$TTL 1h',
  '@       IN SOA  ns1.example.net. hostmaster (',
  '                2024010100 ; serial',
  '                2h 15m 2w 5m )',
  '        IN NS   ns1.example.net.',
  '',
  'www     300 IN A     192.0.2.1 ; web',
  '        300 IN A     192.0.2.2',
  '        IN TXT  "hello" "world"',
  'mail    IN 600 MX 10 mx.example.net.',
  '$ORIGIN sub.example.com.',
  'api     CNAME   www.example.com.',
  '',
].join('\n');

describe('writeZoneFile', () => {
  it.each([
    ['a hand-written zone', full],
    ['CRLF line endings', full.replace(/\n/g, '\r\n')],
    ['no final newline', full.trimEnd()],
    ['tabs and odd spacing', '$TTL 60\n\t\n@\tIN\tSOA\tns. h. 1 2 3 4 5\n  \t  NS ns.\nx\t\tA 192.0.2.1  \n'],
  ])('writes %s back byte for byte when nothing changes', (_title, text) => {
    expect(write(text, [])).toBe(text);
  });

  it('removes only the lines of a deleted rrset and bumps the serial in place', () => {
    const out = write(full, [{ kind: 'delete', before: rr('mail', 'MX', ['10 mx.example.net'], 600) }]);
    expect(out).toBe(
      full.replace('mail    IN 600 MX 10 mx.example.net.\n', '').replace('2024010100 ;', '2024010107 ;'),
    );
  });

  it('writes an updated rrset where the old one began, with absolute owner, TTL and class', () => {
    const out = write(full, [
      {
        kind: 'update',
        before: rr('mail', 'MX', ['10 mx.example.net'], 600),
        after: rr('mail', 'MX', ['10 mx.example.net', '20 mx2.example.net'], 900),
      },
    ]);
    expect(out).toContain('$TTL 1h');
    expect(out).toContain(
      '        IN TXT  "hello" "world"\n' +
        'mail.example.com.\t900\tIN\tMX\t10 mx.example.net.\n' +
        'mail.example.com.\t900\tIN\tMX\t20 mx2.example.net.\n' +
        '$ORIGIN sub.example.com.\n',
    );
  });

  it('appends created rrsets in one block sorted by name and type, after a missing final newline', () => {
    const text = full.trimEnd();
    const out = write(text, [
      { kind: 'create', after: rr('zz', 'A', ['192.0.2.9']) },
      { kind: 'create', after: rr('aa', 'TXT', ['x']) },
      { kind: 'create', after: rr('aa', 'AAAA', ['2001:db8::1']) },
    ]);
    expect(out.replace('2024010107', '2024010100')).toBe(
      `${text}\n` +
        'aa.example.com.\t300\tIN\tAAAA\t2001:db8::1\n' +
        'aa.example.com.\t300\tIN\tTXT\t"x"\n' +
        'zz.example.com.\t300\tIN\tA\t192.0.2.9\n',
    );
  });

  it('writes a created rrset right after the records of its name', () => {
    const out = write(full, [
      { kind: 'create', after: rr('www', 'AAAA', ['2001:db8::1']) },
      { kind: 'create', after: rr('api.sub', 'TXT', ['x']) },
    ]);
    expect(out).toContain(
      '        IN TXT  "hello" "world"\n' +
        'www.example.com.\t300\tIN\tAAAA\t2001:db8::1\n' +
        'mail    IN 600 MX 10 mx.example.net.\n',
    );
    // api.sub's record is the file's last line, so its neighbour goes to the end block.
    expect(out.endsWith('api     CNAME   www.example.com.\napi.sub.example.com.\t300\tIN\tTXT\t"x"\n')).toBe(
      true,
    );
  });

  it('gives a blank-owner record an explicit owner when the record it inherited from goes', () => {
    const out = write(full, [{ kind: 'delete', before: rr('www', 'A', ['192.0.2.1', '192.0.2.2']) }]);
    expect(out).toContain(
      '        IN NS   ns1.example.net.\n\nwww.example.com.        IN TXT  "hello" "world"\n',
    );
    const withoutSoa = (rrsets: Rrset[]) => rrsets.filter((r) => r.type !== 'SOA');
    expect(withoutSoa(list(out))).toEqual(
      withoutSoa(list(full)).filter((r) => !(r.name === 'www.example.com' && r.type === 'A')),
    );
  });

  it('gives a record an explicit TTL when the TTL it inherited (no $TTL) would change', () => {
    const text = 'a 60 A 192.0.2.1\nb 120 A 192.0.2.2\nc A 192.0.2.3\n';
    const out = write(text, [{ kind: 'delete', before: rr('b', 'A', ['192.0.2.2'], 120) }]);
    expect(out).toBe('a 60 A 192.0.2.1\nc 120 A 192.0.2.3\n');
    expect(list(out).map((r) => [r.name, r.ttlSeconds])).toEqual([
      ['a.example.com', 60],
      ['c.example.com', 120],
    ]);
  });

  it('removes every line of an rrset spread over the file, and keeps the SOA untouched when it is not there', () => {
    const text = '$TTL 60\nx A 192.0.2.1\ny A 192.0.2.5\nx A 192.0.2.2 ; again\n';
    const out = write(text, [
      {
        kind: 'update',
        before: rr('x', 'A', ['192.0.2.1', '192.0.2.2'], 60),
        after: rr('x', 'A', ['192.0.2.3'], 60),
      },
    ]);
    expect(out).toBe('$TTL 60\nx.example.com.\t60\tIN\tA\t192.0.2.3\ny A 192.0.2.5\n');
  });

  it('keeps CRLF for new lines in a CRLF file', () => {
    const text = '$TTL 60\r\nx A 192.0.2.1\r\n';
    expect(write(text, [{ kind: 'create', after: rr('y', 'A', ['192.0.2.2']) }])).toBe(
      '$TTL 60\r\nx A 192.0.2.1\r\ny.example.com.\t300\tIN\tA\t192.0.2.2\r\n',
    );
  });

  it('splits TXT values longer than 255 bytes into several character-strings that read back as one', () => {
    const value = `${'a'.repeat(250)}"quoted"${'b'.repeat(300)}`;
    const out = write('$TTL 60\n', [{ kind: 'create', after: rr('long', 'TXT', [value]) }]);
    expect(out.split('\n')[1]).toMatch(/^long\.example\.com\.\t300\tIN\tTXT\t"a+\\"quot" "ed\\"b+" "b+"$/);
    expect(list(out)).toEqual([rr('long', 'TXT', [value])]);
  });

  it('lists back exactly what a mixed change set asks for', () => {
    const changes: RrsetChange[] = [
      { kind: 'delete', before: rr('api.sub', 'CNAME', ['www.example.com'], 3600) },
      { kind: 'update', before: rr('www', 'TXT', ['helloworld']), after: rr('www', 'TXT', ['bye'], 60) },
      { kind: 'create', after: rr('new', 'CAA', ['0 issue "letsencrypt.org"']) },
    ];
    const after = list(write(full, changes)).filter((r) => r.type !== 'SOA');
    expect(after).toEqual([
      rr('@', 'NS', ['ns1.example.net'], 3600),
      rr('mail', 'MX', ['10 mx.example.net'], 600),
      rr('new', 'CAA', ['0 issue "letsencrypt.org"']),
      rr('www', 'A', ['192.0.2.1', '192.0.2.2']),
      rr('www', 'TXT', ['bye'], 60),
    ]);
  });
});
