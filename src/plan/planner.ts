/**
 * The planner: desired records + current rrsets + ownership + policy -> Plan. Pure.
 *
 * Each desired record goes to the longest managed zone that holds its name (none: `outsideZones`).
 * Within a zone, per (name, type) rrset, after classifying current rrsets by their TXT ownership
 * record (owned / foreign / unmanaged, ownership TXT records themselves set apart):
 *
 *   desired | current               | result
 *   --------+-----------------------+-----------------------------------------------------------
 *   yes     | none                  | create + typed ownership TXT (rewritten if ours exists)
 *   yes     | owned, same           | nothing; owned only via legacy TXT: update that writes the typed TXT
 *   yes     | owned, differs (1)    | update (+ typed TXT written or rewritten); create-only: kept
 *   yes     | foreign               | conflict owned-by-other (also when only its TXT names another owner)
 *   yes     | unmanaged             | conflict not-owned
 *   no      | owned                 | delete + its typed TXT (legacy TXT stays, as in external-dns);
 *           |                       | kept instead when: name protected (unknown target, claimed
 *           |                       | twice), manifests unreadable, policy upsert-only/create-only
 *   no      | foreign / unmanaged   | nothing, ever
 *   any     | apex NS, any SOA      | nothing, ever
 *
 *   (1) targets differ, the manifest sets a TTL that differs, or a provider-specific key the
 *       manifest sets differs.
 *
 * Conflicts checked before the table, in order: claimed twice; apex NS/SOA; type the provider
 * cannot write; CNAME beside another type (desired, or current that stays after deletes); ownership
 * name outside the zone (apex without a `.`-ending prefix: apex-needs-prefix); then the holder.
 * Safety: updates + deletes above maxChangePercent of a zone's owned records, once it holds at
 * least minRecords owned records, set `blocked` on that zone unless forced.
 */
import type { OwnershipSettings } from '../ownership/ownership-name.js';
import { isInZone } from '../records/dns-name.js';
import { sortDiagnostics, type Diagnostic } from '../records/diagnostic.js';
import { rrsetKey, type DesiredRecord, type Rrset, type SourceRef } from '../records/record.js';
import { planChecksum } from './checksum.js';
import type { Plan } from './plan.js';
import { compareText } from './plan-order.js';
import { planZone, type Policy, type ZonePlanInput } from './zone-planner.js';

export interface PlanInput {
  /** Managed zones. */
  zones: string[];
  owner: string;
  ownership: OwnershipSettings;
  policy: Policy;
  /** TTL for creates when the record has none; TTL not compared when desired has none. */
  defaultTtlSeconds: number;
  safety: { maxChangePercent: number; minRecords: number };
  /** Ignore the safety threshold. */
  force?: boolean;
  desired: DesiredRecord[];
  /** Unknown targets, claimed-twice: existing owned records kept, never deleted or updated. */
  protectedNames: { name: string; why: string }[];
  /** Become conflicts `claimed-twice`. */
  claimedTwice: { name: string; type: string; sources: SourceRef[]; message: string }[];
  /** Set when manifests failed to parse: no deletes at all, reason shown in `kept`. */
  withholdDeletes?: string;
  /** zone -> its current rrsets. */
  current: ReadonlyMap<string, Rrset[]>;
  /** The provider's types; others become conflicts `unsupported-type`. */
  supportedTypes?: ReadonlySet<string>;
  /** Passed through (sorted). */
  diagnostics: Diagnostic[];
}

function normalizeZone(zone: string): string {
  return zone.toLowerCase().replace(/\.$/, '');
}

/** The longest managed zone that holds `name`, if any. */
export function zoneOf(name: string, zones: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const zone of zones) {
    if (isInZone(name, zone) && (best === undefined || zone.length > best.length)) best = zone;
  }
  return best;
}

/** One desired record per (name, type); a repeated claim only adds its sources. */
function mergeDesired(desired: readonly DesiredRecord[]): DesiredRecord[] {
  const byKey = new Map<string, DesiredRecord>();
  for (const d of desired) {
    const seen = byKey.get(rrsetKey(d));
    if (seen) seen.sources = [...seen.sources, ...d.sources];
    else byKey.set(rrsetKey(d), { ...d, sources: [...d.sources] });
  }
  return [...byKey.values()];
}

function protectedNameMap(list: PlanInput['protectedNames']): Map<string, string> {
  const map = new Map<string, string>();
  for (const { name, why } of list) {
    const seen = map.get(name);
    map.set(name, seen === undefined || seen === why ? why : `${seen}; ${why}`);
  }
  return map;
}

export function computePlan(input: PlanInput): Plan {
  const zones = [...new Set(input.zones.map(normalizeZone))].sort(compareText);
  const desiredByZone = new Map<string, DesiredRecord[]>(zones.map((z) => [z, []]));
  const claimedByZone = new Map<string, PlanInput['claimedTwice']>(zones.map((z) => [z, []]));
  const outsideZones: Plan['outsideZones'] = [];

  for (const d of mergeDesired(input.desired)) {
    const zone = zoneOf(d.name, zones);
    if (zone) desiredByZone.get(zone)?.push(d);
    else outsideZones.push({ name: d.name, type: d.type, sources: d.sources });
  }
  for (const c of input.claimedTwice) {
    const zone = zoneOf(c.name, zones);
    if (zone) claimedByZone.get(zone)?.push(c);
    else outsideZones.push({ name: c.name, type: c.type, sources: c.sources });
  }

  const protectedNames = protectedNameMap(input.protectedNames);
  const zonePlans = zones.map((zone) => {
    const zoneInput: ZonePlanInput = {
      zone,
      owner: input.owner,
      settings: input.ownership,
      policy: input.policy,
      defaultTtlSeconds: input.defaultTtlSeconds,
      safety: input.safety,
      force: input.force ?? false,
      desired: desiredByZone.get(zone) ?? [],
      claimedTwice: claimedByZone.get(zone) ?? [],
      protectedNames,
      // Rrsets below a managed child zone belong to that zone's plan.
      current: (input.current.get(zone) ?? []).filter((r) => zoneOf(r.name, zones) === zone),
      supportedTypes: input.supportedTypes,
    };
    if (input.withholdDeletes !== undefined) zoneInput.withholdDeletes = input.withholdDeletes;
    return planZone(zoneInput);
  });

  outsideZones.sort((a, b) => compareText(a.name, b.name) || compareText(a.type, b.type));
  return {
    checksum: planChecksum(zonePlans),
    zones: zonePlans,
    outsideZones,
    diagnostics: sortDiagnostics(input.diagnostics),
  };
}
