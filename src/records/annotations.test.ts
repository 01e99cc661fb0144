import { describe, expect, it } from 'vitest';
import { readAnnotation, splitList } from './annotations.js';

describe('readAnnotation', () => {
  it.each([
    [{ 'external-dns.alpha.kubernetes.io/hostname': 'a.example.com' }, 'a.example.com'],
    [{ 'external-dns.kubernetes.io/hostname': 'b.example.com' }, 'b.example.com'],
    [
      {
        'external-dns.alpha.kubernetes.io/hostname': 'alpha.example.com',
        'external-dns.kubernetes.io/hostname': 'ga.example.com',
      },
      'ga.example.com',
    ],
    [{ 'external-dns.kubernetes.io/hostname': 60 }, '60'],
    [{ 'other/hostname': 'x.example.com' }, undefined],
  ])('%j -> %s', (annotations, expected) => {
    expect(readAnnotation(annotations, 'hostname')?.value).toBe(expected);
  });
});

describe('splitList', () => {
  it.each([
    ['a.example.com', ['a.example.com']],
    ['a.example.com, b.example.com,,', ['a.example.com', 'b.example.com']],
    ['', []],
  ])('%j -> %j', (raw, expected) => {
    expect(splitList(raw)).toEqual(expected);
  });
});
