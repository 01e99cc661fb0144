import { domainToASCII } from 'node:url';

/** The outcome of reading one hostname from a manifest. */
export type NameResult =
  | { ok: true; name: string }
  | {
      ok: false;
      reason: string;
      /** `unpublishable` names are skipped silently (mesh-internal). */ kind: 'invalid' | 'unpublishable';
    };

const maxNameLength = 253;
const maxLabelLength = 63;
// Underscores are allowed: DNSEndpoints carry `_acme-challenge` and SRV owner names.
const labelPattern = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;

/**
 * Normalises a hostname as written in a manifest: trims, lower-cases, drops one trailing dot,
 * converts to ASCII (IDNA/punycode) and validates label and name lengths and characters.
 * A `*` is only allowed as the whole first label.
 */
export function normalizeDnsName(raw: string): NameResult {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, kind: 'invalid', reason: 'empty hostname' };
  const noDot = trimmed.endsWith('.') ? trimmed.slice(0, -1) : trimmed;
  const lower = noDot.toLowerCase();
  const ascii = toAscii(lower);
  if (ascii === undefined) return { ok: false, kind: 'invalid', reason: `"${raw}" is not a valid hostname` };
  if (ascii.length > maxNameLength) {
    return { ok: false, kind: 'invalid', reason: `"${raw}" is longer than ${maxNameLength} characters` };
  }
  const labels = ascii.split('.');
  for (const [index, label] of labels.entries()) {
    const problem = labelProblem(label, index);
    if (problem) return { ok: false, kind: 'invalid', reason: `"${raw}": ${problem}` };
  }
  if (!isPublishable(ascii)) {
    return { ok: false, kind: 'unpublishable', reason: `"${raw}" is a cluster-internal name` };
  }
  return { ok: true, name: ascii };
}

function toAscii(name: string): string | undefined {
  // Plain ASCII names skip the WHATWG host parser, which would accept or rewrite forms DNS rejects.
  if (/^[\x20-\x7e]*$/.test(name)) return name;
  const ascii = domainToASCII(name);
  return ascii === '' ? undefined : ascii;
}

function labelProblem(label: string, index: number): string | undefined {
  if (label === '*') return index === 0 ? undefined : 'a wildcard is only allowed as the first label';
  if (label.length === 0) return 'empty label';
  if (label.length > maxLabelLength) return `label "${label}" is longer than ${maxLabelLength} characters`;
  if (!labelPattern.test(label)) return `label "${label}" has characters not allowed in a hostname`;
  return undefined;
}

/**
 * Whether a syntactically valid name may be published: a bare `*`, short mesh names without a
 * dot, `cluster.local` and anything under `svc.cluster.local` never are.
 */
export function isPublishable(name: string): boolean {
  if (name === '*' || !name.includes('.')) return false;
  if (name === 'cluster.local' || name.endsWith('.cluster.local')) return false;
  return true;
}

/** Whether `name` is a `*.` wildcard. */
export function isWildcard(name: string): boolean {
  return name.startsWith('*.');
}

/**
 * Whether `host` is matched by `pattern`, where either may be a `*.` wildcard
 * (a wildcard matches one or more labels in front of its suffix), and `*` matches everything.
 */
export function hostMatches(pattern: string, host: string): boolean {
  if (pattern === '*' || pattern === host) return true;
  if (isWildcard(pattern)) {
    const suffix = pattern.slice(1);
    if (isWildcard(host)) return host.slice(1).endsWith(suffix);
    return host.endsWith(suffix) && host.length > suffix.length;
  }
  return false;
}

/** Whether `name` is `zone` itself or lies below it. */
export function isInZone(name: string, zone: string): boolean {
  return name === zone || name.endsWith(`.${zone}`);
}
