import { isIPv4, isIPv6 } from 'node:net';
import { normalizeDnsName } from '../records/dns-name.js';
import { canonicalIpv6 } from '../records/targets.js';

/** The outcome of reading one value of an explicitly typed record. */
export type ValueResult = { ok: true; value: string } | { ok: false; reason: string };

/**
 * Normalises one target of a DNSEndpoint according to its record type: addresses are checked,
 * names lose their trailing dot and are lower-cased, TXT loses its surrounding quotes.
 * SRV targets must be absolute (end in a dot) as external-dns requires (RFC 2782).
 */
export function normalizeRecordValue(type: string, raw: string): ValueResult {
  const text = raw.trim();
  switch (type) {
    case 'A':
      return isIPv4(text)
        ? { ok: true, value: text }
        : { ok: false, reason: `"${raw}" is not an IPv4 address` };
    case 'AAAA':
      return isIPv6(text)
        ? { ok: true, value: canonicalIpv6(text) }
        : { ok: false, reason: `"${raw}" is not an IPv6 address` };
    case 'CNAME':
    case 'NS':
    case 'PTR':
    case 'DNAME':
      return name(text);
    case 'MX':
      return withPrefix(text, 1, false);
    case 'SRV':
      return withPrefix(text, 3, true);
    case 'TXT':
      return { ok: true, value: unquote(raw) };
    default:
      return text === '' ? { ok: false, reason: 'empty value' } : { ok: true, value: text };
  }
}

function name(text: string): ValueResult {
  const result = normalizeDnsName(text);
  if (result.ok || result.kind === 'unpublishable') {
    return { ok: true, value: result.ok ? result.name : text.toLowerCase().replace(/\.$/, '') };
  }
  return { ok: false, reason: result.reason };
}

/** `<numbers...> <name>`: MX has one number (preference), SRV three (priority weight port). */
function withPrefix(text: string, numbers: number, absolute: boolean): ValueResult {
  const parts = text.split(/\s+/);
  const host = parts[numbers];
  if (
    parts.length !== numbers + 1 ||
    host === undefined ||
    !parts.slice(0, numbers).every((p) => /^\d+$/.test(p))
  ) {
    return {
      ok: false,
      reason: `"${text}" should be ${numbers === 1 ? '<preference> <host>' : '<priority> <weight> <port> <host>'}`,
    };
  }
  if (absolute && !host.endsWith('.') && host !== '.') {
    return { ok: false, reason: `"${text}": the target ${host} must end in a dot` };
  }
  const hostName = host === '.' ? { ok: true as const, value: '.' } : name(host);
  if (!hostName.ok) return hostName;
  return { ok: true, value: [...parts.slice(0, numbers).map(Number), hostName.value].join(' ') };
}

/** TXT values are stored as the text itself; manifests often quote them as zone files do. */
function unquote(raw: string): string {
  const text = raw.trim();
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    return text.slice(1, -1).replace(/\\(["\\])/g, '$1');
  }
  return raw;
}
