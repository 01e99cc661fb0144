import { describe, expect, it } from 'vitest';
import { inferRecordType } from './record-type.js';

describe('inferRecordType', () => {
  it.each([
    ['1.2.3.4', 'A'],
    ['2001:db8::1', 'AAAA'],
    ['::ffff:1.2.3.4', 'AAAA'],
    ['lb.example.com', 'CNAME'],
    ['1.2.3', 'CNAME'],
  ])('%s -> %s', (target, type) => {
    expect(inferRecordType(target)).toBe(type);
  });
});
