import type { DesiredRecord, Rrset } from '../records/record.js';

/**
 * Puts desired records into the form the provider stores them in (Provider.normalizeRrset), so a
 * provider's own rules (Cloudflare's TTL 1 for proxied records, its 120 s minimum, quoted CAA
 * values) never show up as a perpetual diff. A TTL is only set on the result when the manifest gave
 * one or the provider changed the default: otherwise the planner still does not compare TTLs.
 */
export function normalizeDesired(
  records: readonly DesiredRecord[],
  normalize: ((rrset: Rrset) => Rrset) | undefined,
  defaultTtlSeconds: number,
): DesiredRecord[] {
  if (!normalize) return [...records];
  return records.map((d) => {
    const ttlSeconds = d.ttlSeconds ?? defaultTtlSeconds;
    const n = normalize({
      name: d.name,
      type: d.type,
      ttlSeconds,
      values: d.targets,
      ...(d.providerSpecific ? { providerSpecific: d.providerSpecific } : {}),
    });
    const out: DesiredRecord = { ...d, targets: n.values };
    if (d.ttlSeconds !== undefined || n.ttlSeconds !== ttlSeconds) out.ttlSeconds = n.ttlSeconds;
    if (n.providerSpecific) out.providerSpecific = n.providerSpecific;
    return out;
  });
}
