import { describe, expect, it } from 'vitest';
import type { Rrset, RrsetChange } from '../../records/record.js';
import { resultingState, validateChanges } from './validate-changes.js';

const supported = new Set(['A', 'AAAA', 'CNAME', 'TXT', 'MX', 'NS', 'SRV', 'CAA', 'PTR']);
const rr = (name: string, type: string, values: string[]): Rrset => ({ name, type, ttlSeconds: 300, values });

const apexNs = rr('example.com', 'NS', ['ns1.example.com']);
const wwwA = rr('www.example.com', 'A', ['192.0.2.1']);
const current = [apexNs, wwwA];

describe('validateChanges', () => {
  it.each<[string, RrsetChange[]]>([
    ['a create', [{ kind: 'create', after: rr('api.example.com', 'A', ['192.0.2.2']) }]],
    ['an update', [{ kind: 'update', before: wwwA, after: rr('www.example.com', 'A', ['192.0.2.9']) }]],
    ['a delete', [{ kind: 'delete', before: wwwA }]],
    [
      'a delete of an rrset already gone',
      [{ kind: 'delete', before: rr('gone.example.com', 'A', ['192.0.2.5']) }],
    ],
    [
      'an A replaced by a CNAME',
      [
        { kind: 'delete', before: wwwA },
        { kind: 'create', after: rr('www.example.com', 'CNAME', ['lb.example.net']) },
      ],
    ],
    ['a create equal to what exists', [{ kind: 'create', after: wwwA }]],
    [
      'wildcard, underscore and slash names',
      [
        { kind: 'create', after: rr('*.apps.example.com', 'A', ['192.0.2.1']) },
        { kind: 'create', after: rr('_sip._tcp.example.com', 'SRV', ['10 5 5060 sip.example.net']) },
        { kind: 'create', after: rr('0/26.2.0.192.example.com', 'CNAME', ['x.example.net']) },
      ],
    ],
  ])('accepts %s', (_title, changes) => {
    expect(validateChanges('example.com', current, changes, supported)).toEqual([]);
  });

  it.each<[string, RrsetChange[], string]>([
    [
      'an unsupported type',
      [{ kind: 'create', after: rr('x.example.com', 'HINFO', ['"a" "b"']) }],
      'x.example.com HINFO: record type HINFO is not supported',
    ],
    [
      'a name outside the zone',
      [{ kind: 'create', after: rr('www.example.org', 'A', ['192.0.2.1']) }],
      'www.example.org A: name is outside zone example.com',
    ],
    [
      'a name that only ends like the zone',
      [{ kind: 'create', after: rr('badexample.com', 'A', ['192.0.2.1']) }],
      'badexample.com A: name is outside zone example.com',
    ],
    [
      'a CNAME beside an existing A',
      [{ kind: 'create', after: rr('www.example.com', 'CNAME', ['lb.example.net']) }],
      'www.example.com CNAME would sit beside A',
    ],
    [
      'a CNAME at the apex',
      [{ kind: 'create', after: rr('example.com', 'CNAME', ['lb.example.net']) }],
      'example.com CNAME would sit beside NS',
    ],
    [
      'the same rrset twice',
      [
        { kind: 'create', after: rr('a.example.com', 'A', ['192.0.2.1']) },
        { kind: 'create', after: rr('a.example.com', 'A', ['192.0.2.2']) },
      ],
      'a.example.com A is changed twice',
    ],
    [
      'an update planned from stale values',
      [
        {
          kind: 'update',
          before: rr('www.example.com', 'A', ['192.0.2.7']),
          after: rr('www.example.com', 'A', ['192.0.2.9']),
        },
      ],
      'www.example.com A changed in PowerDNS since the plan was made',
    ],
    [
      'a create over a different existing rrset',
      [{ kind: 'create', after: rr('www.example.com', 'A', ['192.0.2.8']) }],
      'www.example.com A already exists in PowerDNS',
    ],
    [
      'an ownership record of a wildcard name',
      [{ kind: 'create', after: rr('a-*.apps.example.com', 'TXT', ['heritage=external-dns']) }],
      "a-*.apps.example.com TXT: PowerDNS refuses the characters of label(s) 'a-*'",
    ],
    [
      'a star inside the name',
      [{ kind: 'create', after: rr('x.*.example.com', 'A', ['192.0.2.1']) }],
      "label(s) '*' (letters, digits, '-', '_' and '/' only); PowerDNS takes '*' only as a whole leftmost label",
    ],
    [
      'a space in a label',
      [{ kind: 'create', after: rr('sp ace.example.com', 'A', ['192.0.2.1']) }],
      "label(s) 'sp ace'",
    ],
    ['an empty rrset', [{ kind: 'create', after: rr('e.example.com', 'A', []) }], 'needs at least one value'],
  ])('refuses %s', (_title, changes, message) => {
    const problems = validateChanges('example.com', current, changes, supported);
    expect(problems.join('\n')).toContain(message);
  });
});

describe('resultingState', () => {
  it('applies creates, updates and deletes', () => {
    const updated = rr('www.example.com', 'A', ['192.0.2.9']);
    const added = rr('api.example.com', 'AAAA', ['2001:db8::1']);
    const state = resultingState(current, [
      { kind: 'update', before: wwwA, after: updated },
      { kind: 'create', after: added },
      { kind: 'delete', before: apexNs },
    ]);
    expect(state).toEqual([updated, added]);
  });
});
