/**
 * Cloudflare records <-> our rrsets, and the one rule set that says what Cloudflare stores for a
 * desired rrset (proxied records have TTL 1 "auto"; other TTLs are at least `minTtlSeconds`).
 * The planner uses `normalizeRrset` through `Provider.normalizeRrset`, so these rules never show up
 * as a perpetual diff; the batch planner uses the same function, so what is planned is what is written.
 */
import type { Rrset } from '../../records/record.js';
import {
  decodeRecord,
  decodeValue,
  encodeValue,
  proxiableTypes,
  type CloudflareRecord,
} from './cloudflare-record.js';

/** The annotation / providerSpecific key that says whether a record is proxied. */
export const proxiedKey = 'cloudflare-proxied';

/** Cloudflare's "automatic" TTL, the only TTL a proxied record can have. */
export const autoTtl = 1;

export interface RrsetRules {
  /** The config's `proxied` default, used when a record does not say. */
  proxiedDefault: boolean;
  /** Non-proxied TTLs below this are raised to it. */
  minTtlSeconds: number;
}

/** Groups a zone's Cloudflare records (one per value) into rrsets, sorted by name and type. */
export function groupRrsets(records: readonly CloudflareRecord[]): Rrset[] {
  const groups = new Map<string, { rrset: Rrset; proxied: Set<boolean> }>();
  for (const record of records) {
    const r = decodeRecord(record);
    const key = `${r.name}\u0000${r.type}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        rrset: { name: r.name, type: r.type, ttlSeconds: r.ttlSeconds, values: [] },
        proxied: new Set(),
      };
      groups.set(key, group);
    }
    group.rrset.values.push(r.value);
    group.rrset.ttlSeconds = Math.min(group.rrset.ttlSeconds, r.ttlSeconds);
    group.proxied.add(r.proxied);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { rrset, proxied }]) => {
      rrset.values.sort();
      if (proxiableTypes.has(rrset.type)) {
        // A mixed rrset reads as "mixed" so that any desired setting differs and an update evens it out.
        const state = proxied.size > 1 ? 'mixed' : String(proxied.has(true));
        rrset.providerSpecific = { [proxiedKey]: state };
      }
      return rrset;
    });
}

/** Whether records of this rrset are to be proxied: its own setting, else the configured default. */
export function isProxied(rrset: Pick<Rrset, 'type' | 'providerSpecific'>, rules: RrsetRules): boolean {
  if (!proxiableTypes.has(rrset.type)) return false;
  const own = rrset.providerSpecific?.[proxiedKey];
  return own === undefined ? rules.proxiedDefault : own === 'true';
}

/** The TTL Cloudflare will hold for this rrset. */
export function effectiveTtl(rrset: Pick<Rrset, 'ttlSeconds'>, proxied: boolean, rules: RrsetRules): number {
  if (proxied) return autoTtl;
  if (rrset.ttlSeconds === autoTtl) return autoTtl;
  return Math.max(rrset.ttlSeconds, rules.minTtlSeconds);
}

/** A value in the form Cloudflare gives it back (e.g. a CAA value quoted); malformed values unchanged. */
function canonicalValue(type: string, value: string): string {
  try {
    return decodeValue({ id: '', name: '', type, ttl: 0, ...encodeValue(type, value) });
  } catch {
    return value;
  }
}

/** The rrset as Cloudflare would store and list it. */
export function normalizeRrset(rrset: Rrset, rules: RrsetRules): Rrset {
  const proxied = isProxied(rrset, rules);
  const providerSpecific = { ...rrset.providerSpecific };
  delete providerSpecific[proxiedKey];
  if (proxiableTypes.has(rrset.type)) providerSpecific[proxiedKey] = String(proxied);
  const normalized: Rrset = {
    name: rrset.name,
    type: rrset.type,
    ttlSeconds: effectiveTtl(rrset, proxied, rules),
    values: rrset.values.map((v) => canonicalValue(rrset.type, v)).sort(),
  };
  if (Object.keys(providerSpecific).length > 0) normalized.providerSpecific = providerSpecific;
  return normalized;
}
