import { describe, expect, it } from 'vitest';
import { patternCovers, patternOverlaps } from './host-pattern.js';

describe('patternCovers / patternOverlaps', () => {
  it.each([
    // pattern, host, covers, overlaps
    ['api.stripe.com', 'api.stripe.com', true, true],
    ['API.Stripe.com.', 'api.stripe.com', true, true],
    ['api.stripe.com', 'stripe.com', false, false],
    ['*.stripe.com', 'api.stripe.com', true, true],
    ['*.stripe.com', 'a.b.stripe.com', true, true],
    ['*.stripe.com', 'stripe.com', false, false],
    ['*.stripe.com', 'notstripe.com', false, false],
    ['*.wikipedia.org', '*.wikipedia.org', true, true],
    ['*.org', '*.wikipedia.org', true, true],
    ['en.wikipedia.org', '*.wikipedia.org', false, true],
    ['*.en.wikipedia.org', '*.wikipedia.org', false, true],
    ['*.com', '*.wikipedia.org', false, false],
    ['*', 'anything.example', true, true],
  ])('%s vs %s', (pattern, host, covers, overlaps) => {
    expect(patternCovers(pattern, host)).toBe(covers);
    expect(patternOverlaps(pattern, host)).toBe(overlaps);
  });
});
