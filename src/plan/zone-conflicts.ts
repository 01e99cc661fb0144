import type { ZoneOwnership } from '../ownership/classify-zone.js';
import {
  ownershipName,
  ownershipNameProblem,
  ownershipRecordType,
  type OwnershipSettings,
} from '../ownership/ownership-name.js';
import { rrsetKey, type DesiredRecord } from '../records/record.js';
import type { Conflict } from './plan.js';

/** What the conflict checks of one zone need to know. */
export interface ConflictContext {
  zone: string;
  owner: string;
  settings: OwnershipSettings;
  ownership: ZoneOwnership;
  supportedTypes?: ReadonlySet<string>;
  /** Record types desired at each name of the zone. */
  desiredTypes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Record types at each name that remain after this plan's deletes (ownership records included). */
  remainingTypes: ReadonlyMap<string, ReadonlySet<string>>;
  /** Names of the ownership records the desired records of the zone need. */
  ownershipNames: ReadonlySet<string>;
  /** Typed ownership name -> the record names (current and desired) it stands for. */
  namesByOwnershipName: ReadonlyMap<string, ReadonlySet<string>>;
}

type Found = Pick<Conflict, 'reason' | 'message'> & { owner?: string };

/** Whether `types` holds a CNAME beside `type` or another type beside a CNAME `type`. */
function clashesWithCname(type: string, types: ReadonlySet<string> | undefined): boolean {
  if (!types) return false;
  if (type === 'CNAME') return [...types].some((t) => t !== 'CNAME');
  return types.has('CNAME');
}

function isApexGuarded(record: DesiredRecord, zone: string): boolean {
  return record.type === 'SOA' || (record.type === 'NS' && record.name === zone);
}

/** Reasons that concern the record's name and type alone, before anything in the zone. */
function shapeConflict(record: DesiredRecord, ctx: ConflictContext): Found | undefined {
  if (isApexGuarded(record, ctx.zone)) {
    return { reason: 'not-owned', message: 'apex NS and SOA records are never changed by gitops-dns' };
  }
  if (ctx.supportedTypes && !ctx.supportedTypes.has(record.type)) {
    return { reason: 'unsupported-type', message: `the provider cannot write ${record.type} records` };
  }
  const otherTypes = new Set([...(ctx.desiredTypes.get(record.name) ?? [])].filter((t) => t !== record.type));
  if (clashesWithCname(record.type, otherTypes)) {
    return {
      reason: 'cname-and-other',
      message: 'a CNAME cannot share its name with another record type; the manifests ask for both',
    };
  }
  if (clashesWithCname(record.type, ctx.remainingTypes.get(record.name))) {
    return {
      reason: 'cname-and-other',
      message: 'a CNAME cannot share its name with another record type; the zone holds one that stays',
    };
  }
  const problem = ownershipNameProblem(record.name, ownershipRecordType(record), ctx.zone, ctx.settings);
  if (problem)
    return { reason: 'apex-needs-prefix', message: `${record.name} cannot be managed: ${problem}` };
  return undefined;
}

/** Reasons that come from what the zone holds: someone else's record, or nobody's. */
function holderConflict(record: DesiredRecord, ctx: ConflictContext): Found | undefined {
  const { records, registry } = ctx.ownership;
  const key = rrsetKey(record);
  if (record.type === 'TXT' && registry.has(record.name)) {
    return { reason: 'not-owned', message: 'this name holds an ownership TXT record; it is not overwritten' };
  }
  if (record.type === 'TXT' && ctx.ownershipNames.has(record.name)) {
    return {
      reason: 'not-owned',
      message: 'this name is the ownership record name of another desired record',
    };
  }
  const current = records.get(key);
  if (current?.ownership.state === 'foreign') {
    const owner = current.ownership.owner;
    return {
      reason: 'owned-by-other',
      owner,
      message: `owned by "${owner}" according to its TXT ownership record`,
    };
  }
  if (current?.ownership.state === 'unmanaged') {
    return {
      reason: 'not-owned',
      message: 'the record exists without an ownership record, so it is left alone',
    };
  }
  const txtName = ownershipName(record.name, ownershipRecordType(record), ctx.settings);
  const others = [...(ctx.namesByOwnershipName.get(txtName) ?? [])].filter((n) => n !== record.name);
  if (others.length > 0) {
    return {
      reason: 'not-owned',
      message: `its ownership record ${txtName} would also stand for ${others.sort().join(', ')}; set another txt-wildcard-replacement`,
    };
  }
  const txt = registry.get(txtName);
  if (txt && (txt.labels.owner !== ctx.owner || txt.ambiguous)) {
    const owner = txt.labels.owner;
    return {
      reason: 'owned-by-other',
      owner,
      message: `its ownership record ${txtName} names owner "${owner}"`,
    };
  }
  if (!txt && records.has(rrsetKey({ name: txtName, type: 'TXT' }))) {
    return {
      reason: 'not-owned',
      message: `its ownership record name ${txtName} holds an unrelated TXT record`,
    };
  }
  return undefined;
}

/** The conflict that keeps a desired record from being written, if any (SPEC 5.2). */
export function findConflict(record: DesiredRecord, ctx: ConflictContext): Conflict | undefined {
  const found = shapeConflict(record, ctx) ?? holderConflict(record, ctx);
  if (!found) return undefined;
  const conflict: Conflict = { name: record.name, type: record.type, ...found, sources: record.sources };
  return conflict;
}
