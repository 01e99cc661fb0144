import { rrsetKey, type Rrset } from '../records/record.js';
import {
  legacyOwnershipName,
  ownershipName,
  ownershipRecordType,
  type OwnershipSettings,
} from './ownership-name.js';
import { parseOwnershipValue, type OwnershipLabels } from './ownership-value.js';

/** A TXT rrset that is an ownership record (its value carries `heritage=external-dns`). */
export interface OwnershipRecord {
  rrset: Rrset;
  labels: OwnershipLabels;
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
  // external-dns reads the first value only; any value carrying the heritage counts here.
  for (const value of rrset.values) {
    const labels = parseOwnershipValue(value);
    if (labels) return { rrset, labels };
  }
  return undefined;
}

/**
 * Finds the ownership record of one record: the typed name first, then (except for AAAA, as in
 * external-dns v0.18) the legacy untyped name.
 */
export function findOwnership(
  rrset: Pick<Rrset, 'name' | 'type' | 'providerSpecific'>,
  owner: string,
  registry: ReadonlyMap<string, OwnershipRecord>,
  settings: OwnershipSettings,
): Ownership {
  const typed = registry.get(ownershipName(rrset.name, ownershipRecordType(rrset), settings));
  const legacy =
    typed || rrset.type === 'AAAA' ? undefined : registry.get(legacyOwnershipName(rrset.name, settings));
  const record = typed ?? legacy;
  if (!record) return { state: 'unmanaged' };
  const via = typed ? 'typed' : 'legacy';
  if (record.labels.owner === owner) return { state: 'owned', via, record };
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
  return { records, registry };
}
