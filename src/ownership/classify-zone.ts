import { rrsetKey, type Rrset } from '../records/record.js';
import {
  legacyOwnershipName,
  ownedRecordOf,
  ownershipKeyName,
  ownershipName,
  ownershipRecordType,
  type OwnershipSettings,
} from './ownership-name.js';
import { parseOwnershipValue, type OwnershipLabels } from './ownership-value.js';

/** A TXT rrset that is an ownership record (its value carries `heritage=external-dns`). */
export interface OwnershipRecord {
  rrset: Rrset;
  labels: OwnershipLabels;
  /**
   * Set when the rrset's values disagree (two owners, or unrelated text beside the ownership
   * value, e.g. two external-dns instances writing one name on Cloudflare): whose the record is
   * cannot be told, so it is nobody's to change. `labels.owner` then lists the owners found.
   */
  ambiguous?: true;
}

/** Whose a record is: ours, another owner's, or nobody's (SPEC 4). */
export type Ownership =
  | { state: 'owned'; via: 'typed' | 'legacy'; record: OwnershipRecord }
  | { state: 'foreign'; owner: string; via: 'typed' | 'legacy'; record: OwnershipRecord }
  | { state: 'unmanaged' };

/** A zone's rrsets split into records (with their ownership) and ownership records. */
export interface ZoneOwnership {
  /** Every rrset that is not an ownership record, by `rrsetKey`. */
  records: Map<string, { rrset: Rrset; ownership: Ownership }>;
  /** Ownership records by name (one TXT rrset per name). */
  registry: Map<string, OwnershipRecord>;
}

function asOwnershipRecord(rrset: Rrset): OwnershipRecord | undefined {
  if (rrset.type !== 'TXT') return undefined;
  const parsed = rrset.values.map(parseOwnershipValue);
  const first = parsed.find((labels) => labels !== undefined);
  if (!first) return undefined;
  const owners = [...new Set(parsed.map((labels) => labels?.owner))];
  if (owners.length === 1) return { rrset, labels: first };
  // external-dns reads the first value only, in an order we do not keep: refuse to guess.
  const named = owners.filter((o) => o !== undefined).sort();
  const owner = `${named.join(', ')}${owners.includes(undefined) ? ' (beside other TXT values)' : ''}`;
  return { rrset, labels: { ...first, owner }, ambiguous: true };
}

/** external-dns wrote untyped ownership records only for its default record types, minus AAAA. */
const legacyTypes = new Set(['A', 'CNAME']);

/** Whether external-dns reads `legacyName` as the untyped ownership record of this record. */
function isLegacyOf(legacyName: string, recordName: string, settings: OwnershipSettings): boolean {
  const key = ownedRecordOf(legacyName, settings);
  return key?.type === '' && key.name === ownershipKeyName(recordName, settings);
}

/**
 * The typed ownership record. An alias A record is registered as `cname-` (v0.18 to v0.21, what we
 * write) or as `a-` (v0.22+, which still reads `cname-`); either is read, and when both exist
 * and one names another owner, that one wins, so a disagreement never makes the record ours.
 */
function typedOwnership(
  rrset: Pick<Rrset, 'name' | 'type' | 'providerSpecific'>,
  owner: string,
  registry: ReadonlyMap<string, OwnershipRecord>,
  settings: OwnershipSettings,
): OwnershipRecord | undefined {
  const written = registry.get(ownershipName(rrset.name, ownershipRecordType(rrset), settings));
  if (ownershipRecordType(rrset) === rrset.type) return written;
  const newer = registry.get(ownershipName(rrset.name, rrset.type, settings));
  if (!written || !newer) return written ?? newer;
  return [written, newer].find((r) => r.labels.owner !== owner || r.ambiguous) ?? written;
}

/**
 * Finds the ownership record of one record: the typed name first, then the legacy untyped name
 * for A and CNAME only, and only when external-dns would read that name as untyped.
 */
export function findOwnership(
  rrset: Pick<Rrset, 'name' | 'type' | 'providerSpecific'>,
  owner: string,
  registry: ReadonlyMap<string, OwnershipRecord>,
  settings: OwnershipSettings,
): Ownership {
  const typed = typedOwnership(rrset, owner, registry, settings);
  const legacyName = legacyOwnershipName(rrset.name, settings);
  const legacy =
    typed || !legacyTypes.has(rrset.type) || !isLegacyOf(legacyName, rrset.name, settings)
      ? undefined
      : registry.get(legacyName);
  const record = typed ?? legacy;
  if (!record) return { state: 'unmanaged' };
  const via = typed ? 'typed' : 'legacy';
  if (record.labels.owner === owner && !record.ambiguous) return { state: 'owned', via, record };
  return { state: 'foreign', owner: record.labels.owner, via, record };
}

/** Classifies a zone's current rrsets into owned, foreign and unmanaged records. */
export function classifyZone(
  rrsets: readonly Rrset[],
  owner: string,
  settings: OwnershipSettings,
): ZoneOwnership {
  const registry = new Map<string, OwnershipRecord>();
  const plain: Rrset[] = [];
  for (const rrset of rrsets) {
    const record = asOwnershipRecord(rrset);
    if (record) registry.set(rrset.name, record);
    else plain.push(rrset);
  }
  const records = new Map<string, { rrset: Rrset; ownership: Ownership }>();
  for (const rrset of plain) {
    records.set(rrsetKey(rrset), { rrset, ownership: findOwnership(rrset, owner, registry, settings) });
  }
  distrustSharedOwnership(records);
  return { records, registry };
}

/**
 * One ownership record that stands for records at two names (`*.x` and `any.x` under a wildcard
 * replacement `any`) cannot say which of them it was written for: neither is ours to change.
 */
function distrustSharedOwnership(records: ZoneOwnership['records']): void {
  const namesByTxt = new Map<string, Set<string>>();
  for (const { rrset, ownership } of records.values()) {
    if (ownership.state === 'unmanaged') continue;
    const names = namesByTxt.get(ownership.record.rrset.name) ?? new Set<string>();
    namesByTxt.set(ownership.record.rrset.name, names.add(rrset.name));
  }
  for (const entry of records.values()) {
    const { ownership } = entry;
    if (ownership.state === 'unmanaged') continue;
    const names = namesByTxt.get(ownership.record.rrset.name);
    if (!names || names.size < 2) continue;
    const shared = `${ownership.record.labels.owner} (its ownership record ${ownership.record.rrset.name} also stands for ${[
      ...names,
    ]
      .filter((n) => n !== entry.rrset.name)
      .sort()
      .join(', ')})`;
    entry.ownership = { state: 'foreign', owner: shared, via: ownership.via, record: ownership.record };
  }
}
