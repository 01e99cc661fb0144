import { hostMatches } from '../records/dns-name.js';

/**
 * Matching egress hosts against policy patterns. Both may be `*.` wildcards: a pattern `*.x.com`
 * stands for every name below x.com, and so does a ServiceEntry host `*.x.com`. Policy patterns
 * are written by hand, so case and a trailing dot do not matter.
 */

const normalize = (hostOrPattern: string): string => hostOrPattern.toLowerCase().replace(/\.$/, '');

/** Whether every name the host stands for matches the pattern (what `allow` needs). */
export function patternCovers(pattern: string, host: string): boolean {
  return hostMatches(normalize(pattern), normalize(host));
}

/** Whether some name matches both the host and the pattern (what `deny` and `require-gateway` need). */
export function patternOverlaps(pattern: string, host: string): boolean {
  return patternCovers(pattern, host) || patternCovers(host, pattern);
}
