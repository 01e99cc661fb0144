/**
 * Matching egress hosts against policy patterns. Both may be `*.` wildcards: a pattern `*.x.com`
 * stands for every name below x.com, and so does a ServiceEntry host `*.x.com`.
 */

/** The names a host or pattern stands for: an exact name, or everything below a suffix. */
interface NameSet {
  exact?: string;
  /** `x.com` for `*.x.com`: every name ending in `.x.com`. */
  below?: string;
}

function nameSet(hostOrPattern: string): NameSet {
  const lower = hostOrPattern.toLowerCase().replace(/\.$/, '');
  if (lower === '*') return { below: '' };
  return lower.startsWith('*.') ? { below: lower.slice(2) } : { exact: lower };
}

function isBelow(name: string, suffix: string): boolean {
  return suffix === '' ? name.length > 0 : name.endsWith(`.${suffix}`);
}

/** Whether every name the host stands for matches the pattern (what `allow` needs). */
export function patternCovers(pattern: string, host: string): boolean {
  const p = nameSet(pattern);
  const h = nameSet(host);
  if (p.exact !== undefined) return h.exact === p.exact;
  if (h.exact !== undefined) return isBelow(h.exact, p.below!);
  return h.below === p.below || isBelow(h.below!, p.below!);
}

/** Whether some name matches both the host and the pattern (what `deny` and `require-gateway` need). */
export function patternOverlaps(pattern: string, host: string): boolean {
  return patternCovers(pattern, host) || patternCovers(host, pattern);
}
