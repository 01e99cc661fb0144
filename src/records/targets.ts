import { isIP } from 'node:net';
import { normalizeDnsName } from './dns-name.js';

/** The outcome of reading one target: an IP address or a hostname, normalised. */
export type TargetResult = { ok: true; target: string } | { ok: false; reason: string };

/**
 * Normalises a target as written in an annotation, a Service or a Gateway address: IP addresses
 * are kept (IPv6 lower-cased), hostnames are normalised like record names (no wildcards).
 */
export function normalizeTarget(raw: string): TargetResult {
  const text = raw.trim();
  if (isIP(text) === 4) return { ok: true, target: text };
  if (isIP(text) === 6) return { ok: true, target: canonicalIpv6(text) };
  const name = normalizeDnsName(text);
  // An all-numeric last label is a mistyped IP address (`1.1.1`, `1.a.3.4`), never a hostname.
  if (name.ok && /(^|\.)\d+$/.test(name.name)) {
    return { ok: false, reason: `"${raw}" is neither an IP address nor a hostname` };
  }
  if (name.ok && !name.name.includes('*')) return { ok: true, target: name.name };
  // Cluster-internal names (`istio-ingressgateway`, `*.svc.cluster.local`) resolve nowhere else.
  if (!name.ok && name.kind === 'unpublishable') {
    return { ok: false, reason: `"${raw}" is a cluster-internal name, not reachable from public DNS` };
  }
  return { ok: false, reason: `"${raw}" is neither an IP address nor a hostname` };
}

/** Sorted, de-duplicated copy of a list of values. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}

/** The compressed lower-case form providers return (`2001:db8::1`), so values compare equal. */
export function canonicalIpv6(address: string): string {
  return new URL(`http://[${address}]/`).hostname.slice(1, -1);
}
