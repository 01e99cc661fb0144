import { describe, expect, it } from 'vitest';
import type { Rrset, RrsetChange } from '../../records/record.js';
import { groupChanges, referencedNames } from './change-groups.js';

const OWNER = 'heritage=external-dns,external-dns/owner=default,external-dns/resource=service/ns/app';
const rr = (name: string, type: string, values: string[]): Rrset => ({ name, type, ttlSeconds: 300, values });
const create = (name: string, type: string, values: string[]): RrsetChange => ({
  kind: 'create',
  after: rr(name, type, values),
});
const names = (groups: RrsetChange[][]) =>
  groups.map((g) =>
    g.map(
      (c) =>
        `${c.kind === 'delete' ? c.before.name : c.after.name} ${c.kind === 'delete' ? c.before.type : c.after.type}`,
    ),
  );

describe('referencedNames', () => {
  it.each([
    ['a-www.example.com', 'www.example.com'],
    ['cname-app.example.com', 'app.example.com'],
    ['_owner-a.www.example.com', 'www.example.com'],
    ['_owner-a.example.com', 'example.com'],
    ['www-a.example.com', 'www.example.com'],
    ['a-*.example.com', '*.example.com'],
    ['www.example.com', 'www.example.com'],
  ])('%s may own %s', (ownership, record) => {
    expect(referencedNames(ownership)).toContain(record);
  });

  it.each([
    ['a-app-12.example.com', 'app-1.example.com'],
    ['a-app-1.example.com', 'app-12.example.com'],
    ['a-www.example.com', 'ww.example.com'],
  ])('%s does not own %s', (ownership, record) => {
    expect(referencedNames(ownership)).not.toContain(record);
  });
});

describe('groupChanges', () => {
  it('pairs records with their owners wherever they sit in the list', () => {
    const groups = groupChanges([
      create('app-1.example.com', 'A', ['192.0.2.1']),
      create('app-12.example.com', 'A', ['192.0.2.2']),
      create('a-app-12.example.com', 'TXT', [OWNER]),
      create('a-app-1.example.com', 'TXT', [OWNER]),
    ]);
    expect(names(groups)).toEqual([
      ['app-1.example.com A', 'a-app-1.example.com TXT'],
      ['app-12.example.com A', 'a-app-12.example.com TXT'],
    ]);
  });

  it('keeps a type change at one name together', () => {
    const groups = groupChanges([
      { kind: 'delete', before: rr('x.example.com', 'CNAME', ['old.example.net']) },
      create('y.example.com', 'A', ['192.0.2.9']),
      create('x.example.com', 'A', ['192.0.2.1']),
    ]);
    expect(names(groups)).toEqual([['x.example.com CNAME', 'x.example.com A'], ['y.example.com A']]);
  });

  it('joins an owner it cannot match by name to its neighbours', () => {
    const groups = groupChanges([
      create('*.example.com', 'A', ['192.0.2.1']),
      create('a-wildcard.example.com', 'TXT', [OWNER]),
      create('other.example.com', 'TXT', ['not an owner']),
    ]);
    expect(groups).toHaveLength(1);
  });

  it('leaves plain TXT records alone', () => {
    const groups = groupChanges([
      create('a-www.example.com', 'TXT', ['v=spf1']),
      create('www.example.com', 'A', ['192.0.2.1']),
    ]);
    expect(groups).toHaveLength(2);
  });
});
