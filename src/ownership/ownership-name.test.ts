import { describe, expect, it } from 'vitest';
import {
  isInZone,
  legacyOwnershipName,
  ownershipName,
  ownershipNameProblem,
  ownedRecordOf,
  ownershipRecordType,
  type OwnershipSettings,
} from './ownership-name.js';

const plain: OwnershipSettings = { prefix: '', suffix: '', wildcardReplacement: '' };
const withPrefix = (prefix: string): OwnershipSettings => ({ ...plain, prefix });
const withSuffix = (suffix: string): OwnershipSettings => ({ ...plain, suffix });

describe('ownershipName (external-dns v0.18 typed names)', () => {
  it.each([
    ['default CNAME', plain, 'www.example.com', 'CNAME', 'cname-www.example.com'],
    ['default A', plain, 'api.example.com', 'A', 'a-api.example.com'],
    ['default AAAA', plain, 'api.example.com', 'AAAA', 'aaaa-api.example.com'],
    ['default MX, deep name', plain, 'mail.eu.example.com', 'MX', 'mx-mail.eu.example.com'],
    ['apex leaves the zone', plain, 'example.com', 'A', 'a-example.com'],
    ['single label', plain, 'localhost', 'A', 'a-localhost'],
    ['prefix', withPrefix('txt-'), 'www.example.com', 'A', 'txt-a-www.example.com'],
    ['prefix without dash', withPrefix('foo'), 'example.com', 'A', 'fooa-example.com'],
    ['prefix with dot', withPrefix('foo.'), 'example.com', 'CNAME', 'foo.cname-example.com'],
    ['prefix upper-case is lowered', withPrefix('TXT-'), 'www.example.com', 'A', 'txt-a-www.example.com'],
    [
      'templated prefix',
      withPrefix('%{record_type}-owner-'),
      'www.example.com',
      'CNAME',
      'cname-owner-www.example.com',
    ],
    [
      'templated prefix ending in dot',
      withPrefix('_owner-%{record_type}.'),
      'example.com',
      'A',
      '_owner-a.example.com',
    ],
    [
      'templated prefix, many dots',
      withPrefix('bar.%{record_type}.foo.'),
      'example.com',
      'CNAME',
      'bar.cname.foo.example.com',
    ],
    ['suffix', withSuffix('-own'), 'www.example.com', 'A', 'a-www-own.example.com'],
    ['suffix with dot', withSuffix('.foo'), 'example.com', 'CNAME', 'cname-example.foo.com'],
    ['templated suffix', withSuffix('-%{record_type}'), 'www.example.com', 'AAAA', 'www-aaaa.example.com'],
    ['templated suffix with dot', withSuffix('.foo%{record_type}'), 'example.com', 'A', 'example.fooa.com'],
    ['wildcard, no replacement', plain, '*.example.com', 'A', 'a-*.example.com'],
    [
      'wildcard replaced',
      { ...plain, wildcardReplacement: 'wildcard' },
      '*.example.com',
      'A',
      'a-wildcard.example.com',
    ],
    [
      'wildcard replaced with templated prefix',
      { prefix: '%{record_type}-', suffix: '', wildcardReplacement: 'any' },
      '*.apps.example.com',
      'CNAME',
      'cname-any.apps.example.com',
    ],
    [
      'only a leading * is replaced',
      { ...plain, wildcardReplacement: 'any' },
      'a.*.example.com',
      'A',
      'a-a.*.example.com',
    ],
  ])('%s', (_title, settings, name, type, expected) => {
    expect(ownershipName(name, type, settings)).toBe(expected);
  });
});

describe('legacyOwnershipName (untyped, read only)', () => {
  it.each([
    ['default: the record name itself', plain, 'www.example.com', 'www.example.com'],
    ['prefix', withPrefix('txt-'), 'www.example.com', 'txt-www.example.com'],
    [
      'template dropped from prefix',
      withPrefix('%{record_type}-own-'),
      'www.example.com',
      '-own-www.example.com',
    ],
    ['suffix', withSuffix('-own'), 'www.example.com', 'www-own.example.com'],
    ['wildcard replaced', { ...plain, wildcardReplacement: 'any' }, '*.example.com', 'any.example.com'],
  ])('%s', (_title, settings, name, expected) => {
    expect(legacyOwnershipName(name, settings)).toBe(expected);
  });
});

describe('ownershipRecordType', () => {
  it.each([
    [{ type: 'A' }, 'A'],
    [{ type: 'A', providerSpecific: { alias: 'true' } }, 'CNAME'],
    [{ type: 'A', providerSpecific: { alias: 'false' } }, 'A'],
    [{ type: 'AAAA', providerSpecific: { alias: 'true' } }, 'AAAA'],
  ])('%j registers as %s', (record, expected) => {
    expect(ownershipRecordType(record)).toBe(expected);
  });
});

describe('ownershipNameProblem (SPEC 4 apex rule)', () => {
  it.each([
    ['apex, no prefix', plain, 'example.com', true],
    ['apex, prefix without dot', withPrefix('txt-'), 'example.com', true],
    ['apex, dot prefix without template', withPrefix('owner.'), 'example.com', true],
    ['apex, suffix', withSuffix('-own'), 'example.com', true],
    ['apex, templated prefix ending in dot', withPrefix('_owner-%{record_type}.'), 'example.com', false],
    ['below the apex', plain, 'www.example.com', false],
  ])('%s', (_title, settings, name, fails) => {
    const problem = ownershipNameProblem(name, 'A', 'example.com', settings);
    expect(problem !== undefined).toBe(fails);
    if (fails) expect(problem).toContain('_owner-%{record_type}.');
  });

  it.each([
    ['example.com', 'example.com', true],
    ['a.example.com', 'example.com', true],
    ['a-example.com', 'example.com', false],
    ['notexample.com', 'example.com', false],
  ])('isInZone(%s, %s) = %s', (name, zone, expected) => {
    expect(isInZone(name, zone)).toBe(expected);
  });
});

describe('ownedRecordOf (how external-dns reads an ownership name back)', () => {
  it.each<[string, OwnershipSettings, string, { name: string; type: string } | undefined]>([
    ['typed default', plain, 'cname-www.example.com', { name: 'www.example.com', type: 'CNAME' }],
    ['untyped default', plain, 'www.example.com', { name: 'www.example.com', type: '' }],
    ['a name that looks typed', plain, 'a-b.example.com', { name: 'b.example.com', type: 'A' }],
    [
      'unknown type prefix stays untyped',
      plain,
      'caa-x.example.com',
      { name: 'caa-x.example.com', type: '' },
    ],
    ['prefix', withPrefix('txt-'), 'txt-a-www.example.com', { name: 'www.example.com', type: 'A' }],
    ['legacy prefix', withPrefix('txt-'), 'txt-www.example.com', { name: 'www.example.com', type: '' }],
    ['not our prefix', withPrefix('txt-'), 'www.example.com', undefined],
    [
      'templated prefix',
      withPrefix('_owner-%{record_type}.'),
      '_owner-a.example.com',
      { name: 'example.com', type: 'A' },
    ],
    [
      'templated prefix without separator eats a type',
      withPrefix('%{record_type}'),
      'api.example.com',
      { name: 'pi.example.com', type: 'A' },
    ],
    ['suffix', withSuffix('-own'), 'aaaa-www-own.example.com', { name: 'www.example.com', type: 'AAAA' }],
    ['suffix, legacy', withSuffix('-own'), 'www-own.example.com', { name: 'www.example.com', type: '' }],
    [
      'suffix, first label a type',
      withSuffix('-own'),
      'a-own.example.com',
      { name: 'a.example.com', type: 'A' },
    ],
    ['suffix with dot', withSuffix('.foo'), 'cname-example.foo.com', { name: 'example.com', type: 'CNAME' }],
    [
      'wildcard replacement',
      { ...plain, wildcardReplacement: 'any' },
      'a-any.example.com',
      { name: 'any.example.com', type: 'A' },
    ],
  ])('%s: %s', (_title, settings, txtName, expected) => {
    expect(ownedRecordOf(txtName, settings)).toEqual(expected);
  });
});
