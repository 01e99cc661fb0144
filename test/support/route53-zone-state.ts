/**
 * The state of the stand-in Route 53 (see route53-server.ts) and AWS's documented rules for
 * ChangeResourceRecordSets, kept apart from HTTP so the rules read as a list:
 * - at most 1,000 ResourceRecord elements and 32,000 characters of Value per request, an UPSERT
 *   counting both twice;
 * - CREATE of an existing rrset, DELETE of a missing one, DELETE whose values differ: InvalidChangeBatch;
 * - a CNAME beside any other type at one name, or at the apex: InvalidChangeBatch;
 * - the apex SOA and NS cannot be deleted; values must be valid for their type;
 * - the whole request is applied, or none of it.
 */
import { isIPv4, isIPv6 } from 'node:net';

export interface StoredAliasTarget {
  hostedZoneId: string;
  dnsName: string;
  evaluateTargetHealth: boolean;
}

/** One record set as Route 53 keeps it: names canonical (lower case, trailing dot, `\ddd` escapes). */
export interface StoredRecordSet {
  name: string;
  type: string;
  setIdentifier?: string;
  ttl?: number;
  values?: string[];
  aliasTarget?: StoredAliasTarget;
}

export interface HostedZoneState {
  id: string;
  /** Canonical, with trailing dot. */
  name: string;
  private: boolean;
  records: Map<string, StoredRecordSet>;
}

export interface ParsedChange {
  action: 'CREATE' | 'DELETE' | 'UPSERT';
  set: StoredRecordSet;
}

export const MAX_RECORDS_PER_REQUEST = 1000;
export const MAX_VALUE_CHARS_PER_REQUEST = 32_000;

/** What AWS answers with HTTP 400 InvalidChangeBatch; `messages` are its per-change complaints. */
export class InvalidChangeBatchError extends Error {
  constructor(readonly messages: string[]) {
    super(messages.join('; '));
  }
}

/** `*.Example.com` or `\052.example.com.` -> `\052.example.com.`, as Route 53 stores and returns names. */
export function canonicalName(name: string): string {
  const decoded = name
    .replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)))
    .toLowerCase();
  const dotted = decoded.endsWith('.') ? decoded : `${decoded}.`;
  return dotted.replace(/[^a-z0-9\-_.]/g, (c) => `\\${c.charCodeAt(0).toString(8).padStart(3, '0')}`);
}

function decodedName(name: string): string {
  return name.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
}

export function recordKey(set: { name: string; type: string; setIdentifier?: string }): string {
  return `${set.name}|${set.type}|${set.setIdentifier ?? ''}`;
}

/** Route 53's listing order: name with labels reversed, then type, then set identifier. */
export function compareRecordSets(
  a: { name: string; type?: string; setIdentifier?: string },
  b: { name: string; type?: string; setIdentifier?: string },
): number {
  const ra = decodedName(a.name).split('.').reverse().join('.');
  const rb = decodedName(b.name).split('.').reverse().join('.');
  if (ra !== rb) return ra < rb ? -1 : 1;
  const [ta, tb] = [a.type ?? '', b.type ?? ''];
  if (ta !== tb) return ta < tb ? -1 : 1;
  const [ia, ib] = [a.setIdentifier ?? '', b.setIdentifier ?? ''];
  return ia === ib ? 0 : ia < ib ? -1 : 1;
}

/** Checks the request-wide limits, then applies every change to a copy and commits only if all pass. */
export function applyChangeBatch(zone: HostedZoneState, changes: readonly ParsedChange[]): void {
  checkLimits(changes);
  const next = new Map(zone.records);
  const messages: string[] = [];
  for (const change of changes) {
    const problem = checkValues(change.set) ?? checkInZone(zone, change.set) ?? applyOne(zone, next, change);
    if (problem) messages.push(problem);
  }
  messages.push(...checkCnames(zone, next, changes));
  if (messages.length > 0) throw new InvalidChangeBatchError(messages);
  zone.records = next;
}

function checkLimits(changes: readonly ParsedChange[]): void {
  let records = 0;
  let chars = 0;
  for (const { action, set } of changes) {
    const factor = action === 'UPSERT' ? 2 : 1;
    records += factor * (set.values?.length ?? 0);
    chars += factor * (set.values ?? []).reduce((sum, v) => sum + v.length, 0);
  }
  if (records > MAX_RECORDS_PER_REQUEST) {
    throw new InvalidChangeBatchError([
      `Number of records limit of ${MAX_RECORDS_PER_REQUEST} exceeded (${records}).`,
    ]);
  }
  if (chars > MAX_VALUE_CHARS_PER_REQUEST) {
    throw new InvalidChangeBatchError([
      `Number of characters limit of ${MAX_VALUE_CHARS_PER_REQUEST} exceeded (${chars}).`,
    ]);
  }
}

function describe(set: StoredRecordSet): string {
  return `[name='${set.name}', type='${set.type}'${set.setIdentifier ? `, set-identifier='${set.setIdentifier}'` : ''}]`;
}

function applyOne(
  zone: HostedZoneState,
  next: Map<string, StoredRecordSet>,
  { action, set }: ParsedChange,
): string | undefined {
  const key = recordKey(set);
  const existing = next.get(key);
  if (action === 'CREATE') {
    if (existing) return `Tried to create resource record set ${describe(set)} but it already exists`;
    next.set(key, set);
  } else if (action === 'UPSERT') {
    next.set(key, set);
  } else {
    if (!existing) return `Tried to delete resource record set ${describe(set)} but it was not found`;
    if (!sameData(existing, set)) {
      return `Tried to delete resource record set ${describe(set)} but the values provided do not match the current values`;
    }
    if (set.name === zone.name && (set.type === 'SOA' || set.type === 'NS')) {
      return `A HostedZone must contain at least one ${set.type} record for the zone itself.`;
    }
    next.delete(key);
  }
  return undefined;
}

function sameData(a: StoredRecordSet, b: StoredRecordSet): boolean {
  if (a.ttl !== b.ttl) return false;
  if (JSON.stringify(a.aliasTarget ?? null) !== JSON.stringify(b.aliasTarget ?? null)) return false;
  return JSON.stringify([...(a.values ?? [])].sort()) === JSON.stringify([...(b.values ?? [])].sort());
}

function checkInZone(zone: HostedZoneState, set: StoredRecordSet): string | undefined {
  if (set.name === zone.name || set.name.endsWith(`.${zone.name}`)) return undefined;
  return `RRSet with DNS name ${set.name} is not permitted in zone ${zone.name}`;
}

function checkValues(set: StoredRecordSet): string | undefined {
  if (set.aliasTarget) return undefined;
  const bad = (set.values ?? []).find((v) => !validValue(set.type, v));
  if (bad !== undefined)
    return `Invalid Resource Record: 'FATAL problem: invalid ${set.type} value' encountered with '${bad}'`;
  if (set.type === 'CNAME' && (set.values?.length ?? 0) !== 1)
    return `CNAME ${set.name} must have exactly one value`;
  return undefined;
}

const TXT_PATTERN = /^\s*("(?:[^"\\]|\\.)*"\s*)+$/;

function validValue(type: string, value: string): boolean {
  switch (type) {
    case 'A':
      return isIPv4(value);
    case 'AAAA':
      return isIPv6(value);
    case 'TXT':
    case 'SPF':
      return TXT_PATTERN.test(value) && txtStrings(value).every((s) => s <= 255);
    default:
      return value.trim().length > 0;
  }
}

/** Byte length of each quoted string in a TXT value (`\ddd` and `\x` count as one byte). */
function txtStrings(value: string): number[] {
  return [...value.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) =>
    Buffer.byteLength(m[1]!.replace(/\\[0-7]{3}/g, 'x').replace(/\\(.)/g, '$1'), 'utf8'),
  );
}

function checkCnames(
  zone: HostedZoneState,
  next: Map<string, StoredRecordSet>,
  changes: readonly ParsedChange[],
): string[] {
  const messages: string[] = [];
  const touched = new Set(changes.filter((c) => c.action !== 'DELETE').map((c) => c.set.name));
  const typesAt = new Map<string, Set<string>>();
  for (const r of next.values()) {
    if (touched.has(r.name)) typesAt.set(r.name, (typesAt.get(r.name) ?? new Set()).add(r.type));
  }
  for (const [name, types] of typesAt) {
    if (!types.has('CNAME')) continue;
    if (name === zone.name)
      messages.push(
        `RRSet of type CNAME with DNS name ${name} is not permitted at apex in zone ${zone.name}`,
      );
    else if (types.size > 1) {
      messages.push(
        `RRSet of type CNAME with DNS name ${name} is not permitted as it conflicts with other records with the same DNS name in zone ${zone.name}`,
      );
    }
  }
  return messages;
}
