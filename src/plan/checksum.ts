import { createHash } from 'node:crypto';
import type { ZonePlan } from './plan.js';
import { compareText } from './plan-order.js';

/** JSON with object keys sorted at every level, so equal values give equal bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => compareText(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The plan's checksum (SPEC 5.5): sha256 over what the provider would be told to do, i.e. every
 * zone's rrset changes with their before and after states. A record changed out of band between
 * review and apply changes a before state and so the checksum. Zones without changes, and the
 * order of zones and of changes, do not count.
 */
export function planChecksum(zones: readonly ZonePlan[]): string {
  const canonical = zones
    .filter((z) => z.rrsetChanges.length > 0)
    .map((z) => ({ zone: z.zone, changes: z.rrsetChanges.map(canonicalJson).sort(compareText) }))
    .sort((a, b) => compareText(a.zone, b.zone));
  return createHash('sha256').update(canonicalJson(canonical)).digest('hex');
}
