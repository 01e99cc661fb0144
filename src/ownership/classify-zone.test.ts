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
