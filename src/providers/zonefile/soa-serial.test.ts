import { describe, expect, it } from 'vitest';
import { nextSerial } from './soa-serial.js';

const now = new Date('2025-03-04T23:59:00Z');

describe('nextSerial', () => {
  it.each([
    ['an older date moves to today, counter 00', '2024010105', '2025030400'],
    ['today counts up', '2025030400', '2025030401'],
    ['today at 99 rolls into the next day', '2025030499', '2025030500'],
    ['a future date counts up', '2026010100', '2026010101'],
    ['a plain counter is incremented', '41', '42'],
    ['zero', '0', '1'],
    ['a 10-digit non-date is incremented', '4000000000', '4000000001'],
    ['a month 13 is not a date', '2024130100', '2024130101'],
    ['32-bit wrap', '4294967295', '0'],
  ])('%s', (_title, serial, expected) => {
    expect(nextSerial(serial, now)).toBe(expected);
  });
});
