import { describe, expect, it } from 'vitest';
import { rrsetKey, type Rrset } from '../records/record.js';
import { classifyZone } from './classify-zone.js';
import type { OwnershipSettings } from './ownership-name.js';

const plain: OwnershipSettings = { prefix: '', suffix: '', wildcardReplacement: '' };
const rr = (name: string, type: string, values: string[]): Rrset => ({ name, type, ttlSeconds: 300, values });
const own = (owner: string) => `heritage=external-dns,external-dns/owner=${owner}`;

const zone: Rrset[] = [
  rr('example.com', 'SOA', ['ns1.example.com host.example.com 1 2 3 4 5']),
  rr('example.com', 'NS', ['ns1.example.com']),
  rr('mine.example.com', 'A', ['192.0.2.1']),
  rr('a-mine.example.com', 'TXT', [own('me')]),
  rr('theirs.example.com', 'CNAME', ['lb.example.net']),
  rr('cname-theirs.example.com', 'TXT', [own('them')]),
  rr('old.example.com', 'A', ['192.0.2.2']),
  rr('old.example.com', 'TXT', [own('me')]),
  rr('old6.example.com', 'AAAA', ['2001:db8::1']),
  rr('old6.example.com', 'TXT', [own('me')]),
  rr('spf.example.com', 'TXT', ['v=spf1 -all']),
  rr('loose.example.com', 'A', ['192.0.2.3']),
  rr('alias.example.com', 'A', ['lb.example.net']),
  rr('cname-alias.example.com', 'TXT', [own('me')]),
];
zone[12]!.providerSpecific = { alias: 'true' };

describe('classifyZone', () => {
  const result = classifyZone(zone, 'me', plain);
  const stateOf = (name: string, type: string) => result.records.get(rrsetKey({ name, type }))?.ownership;

  it.each([
    ['mine.example.com', 'A', { state: 'owned', via: 'typed' }],
    ['theirs.example.com', 'CNAME', { state: 'foreign', owner: 'them', via: 'typed' }],
    ['old.example.com', 'A', { state: 'owned', via: 'legacy' }],
    ['old6.example.com', 'AAAA', { state: 'unmanaged' }],
    ['spf.example.com', 'TXT', { state: 'unmanaged' }],
    ['loose.example.com', 'A', { state: 'unmanaged' }],
    ['example.com', 'NS', { state: 'unmanaged' }],
    ['alias.example.com', 'A', { state: 'owned', via: 'typed' }],
  ])('%s %s', (name, type, expected) => {
    expect(stateOf(name, type)).toMatchObject(expected);
  });

  it('sets ownership records apart from records', () => {
    expect([...result.registry.keys()].sort()).toEqual([
      'a-mine.example.com',
      'cname-alias.example.com',
      'cname-theirs.example.com',
      'old.example.com',
      'old6.example.com',
    ]);
    expect(result.records.has(rrsetKey({ name: 'a-mine.example.com', type: 'TXT' }))).toBe(false);
    expect(result.records.size).toBe(zone.length - 5);
  });
});

describe('classifyZone: ownership that external-dns would not read as ours is never ours', () => {
  const mine = own('me');
  it.each<[string, Rrset[], string, string, Record<string, unknown>]>([
    // external-dns only ever wrote untyped records for its default types A and CNAME; a hand-made
    // MX beside a legacy-owned A must not become ours (and so deletable).
    [
      'legacy TXT covers A',
      [rr('mail.example.com', 'A', ['192.0.2.1']), rr('mail.example.com', 'TXT', [mine])],
      'mail.example.com',
      'A',
      { state: 'owned', via: 'legacy' },
    ],
    [
      'legacy TXT does not cover MX',
      [rr('mail.example.com', 'MX', ['10 mx.example.net']), rr('mail.example.com', 'TXT', [mine])],
      'mail.example.com',
      'MX',
      { state: 'unmanaged' },
    ],
    [
      'legacy TXT does not cover CAA',
      [rr('mail.example.com', 'CAA', ['0 issue "x"']), rr('mail.example.com', 'TXT', [mine])],
      'mail.example.com',
      'CAA',
      { state: 'unmanaged' },
    ],
    // external-dns maps the TXT a-b.example.com to (b.example.com, A), never to a-b.example.com.
    [
      'a TXT named like a typed record is not a legacy record',
      [rr('a-b.example.com', 'A', ['192.0.2.1']), rr('a-b.example.com', 'TXT', [mine])],
      'a-b.example.com',
      'A',
      { state: 'unmanaged' },
    ],
    // Two values (Cloudflare keeps one record per value): whose it is cannot be told.
    [
      'two owners in one ownership rrset',
      [rr('x.example.com', 'A', ['192.0.2.1']), rr('a-x.example.com', 'TXT', [mine, own('them')])],
      'x.example.com',
      'A',
      { state: 'foreign' },
    ],
    [
      'our value beside unrelated text',
      [rr('x.example.com', 'A', ['192.0.2.1']), rr('a-x.example.com', 'TXT', [mine, 'zzz other text'])],
      'x.example.com',
      'A',
      { state: 'foreign' },
    ],
    [
      'two identical values of ours',
      [rr('x.example.com', 'A', ['192.0.2.1']), rr('a-x.example.com', 'TXT', [mine, `"${mine}"`])],
      'x.example.com',
      'A',
      { state: 'owned' },
    ],
  ])('%s', (_title, rrsets, name, type, expected) => {
    const result = classifyZone(rrsets, 'me', plain);
    expect(result.records.get(rrsetKey({ name, type }))?.ownership).toMatchObject(expected);
  });
});

describe('classifyZone: alias A records (cname- up to external-dns v0.21, a- from v0.22)', () => {
  const alias = {
    ...rr('lb.example.com', 'A', ['x.elb.amazonaws.com']),
    providerSpecific: { alias: 'true' },
  };
  it.each<[string, Rrset[], Record<string, unknown>]>([
    ['cname- of ours', [rr('cname-lb.example.com', 'TXT', [own('me')])], { state: 'owned', via: 'typed' }],
    ['a- of ours (v0.22)', [rr('a-lb.example.com', 'TXT', [own('me')])], { state: 'owned', via: 'typed' }],
    [
      'a- of another owner (v0.22)',
      [rr('a-lb.example.com', 'TXT', [own('them')])],
      { state: 'foreign', owner: 'them' },
    ],
    [
      'both, one names another owner',
      [rr('cname-lb.example.com', 'TXT', [own('me')]), rr('a-lb.example.com', 'TXT', [own('them')])],
      { state: 'foreign', owner: 'them' },
    ],
  ])('%s', (_title, txts, expected) => {
    const result = classifyZone([alias, ...txts], 'me', plain);
    expect(result.records.get(rrsetKey(alias))?.ownership).toMatchObject(expected);
  });
});
