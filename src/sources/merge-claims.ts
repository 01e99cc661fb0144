import type { Diagnostic } from '../records/diagnostic.js';
import { inferRecordType } from '../records/record-type.js';
import type { DesiredRecord, SourceRef } from '../records/record.js';
import { sortedUnique } from '../records/targets.js';
import type { Claim } from './source.js';

/** Claims turned into records, with the names that could not become one. */
export interface MergedClaims {
  records: DesiredRecord[];
  unknown: { name: string; sources: SourceRef[] }[];
  claimedTwice: { name: string; type: string; sources: SourceRef[]; message: string }[];
  diagnostics: Diagnostic[];
}

/** Claims of one object for one rrset, its targets already unioned. */
interface ObjectClaim extends Omit<Claim, 'source' | 'type'> {
  type: string;
  sources: SourceRef[];
}

/**
 * Merges claims into desired records:
 * - a claim without a type splits into A / AAAA / CNAME by target;
 * - claims of one object for one (name, type, set identifier) union their targets;
 * - several objects with identical targets merge into one record listing every source;
 * - several objects with different targets are `claimed-twice`: an error on each manifest line
 *   and no record, so neither manifest silently wins;
 * - a claim without targets makes its name *unknown* (a warning; the planner keeps what exists).
 */
export function mergeClaims(claims: readonly Claim[]): MergedClaims {
  const result: MergedClaims = { records: [], unknown: [], claimedTwice: [], diagnostics: [] };
  const byObject = new Map<string, ObjectClaim>();
  const unknown = new Map<string, SourceRef[]>();
  for (const claim of claims) {
    if (claim.targets.length === 0) {
      unknown.set(claim.name, [...(unknown.get(claim.name) ?? []), claim.source]);
      continue;
    }
    for (const typed of splitByType(claim)) {
      const key = [typed.name, typed.type, typed.setIdentifier ?? '', objectId(claim.source)].join('\u0000');
      const existing = byObject.get(key);
      if (existing) {
        existing.targets = sortedUnique([...existing.targets, ...typed.targets]);
        existing.sources.push(claim.source);
        existing.ttlSeconds ??= typed.ttlSeconds;
      } else {
        byObject.set(key, { ...typed, sources: [claim.source] });
      }
    }
  }
  const byRrset = new Map<string, ObjectClaim[]>();
  for (const claim of byObject.values()) {
    const key = [claim.name, claim.type, claim.setIdentifier ?? ''].join('\u0000');
    byRrset.set(key, [...(byRrset.get(key) ?? []), claim]);
  }
  for (const group of byRrset.values()) mergeGroup(group, result);
  for (const [name, sources] of unknown) {
    const sorted = sortSources(sources);
    result.unknown.push({ name, sources: sorted });
    for (const source of sorted) result.diagnostics.push(unknownWarning(name, source));
  }
  result.records.sort(
    (a, b) =>
      compare(a.name, b.name) ||
      compare(a.type, b.type) ||
      compare(a.setIdentifier ?? '', b.setIdentifier ?? ''),
  );
  result.unknown.sort((a, b) => compare(a.name, b.name));
  result.claimedTwice.sort((a, b) => compare(a.name, b.name) || compare(a.type, b.type));
  return result;
}

function splitByType(claim: Claim): (Omit<Claim, 'source'> & { type: string })[] {
  if (claim.type) return [{ ...claim, type: claim.type }];
  const byType = new Map<string, string[]>();
  for (const target of claim.targets) {
    const type = inferRecordType(target);
    byType.set(type, [...(byType.get(type) ?? []), target]);
  }
  return [...byType].map(([type, targets]) => ({ ...claim, type, targets: sortedUnique(targets) }));
}

function mergeGroup(group: ObjectClaim[], result: MergedClaims): void {
  const first = group[0]!;
  const sources = sortSources(group.flatMap((claim) => claim.sources));
  const distinct = new Set(group.map((claim) => claim.targets.join(',')));
  if (distinct.size > 1) {
    const message =
      `${first.name} ${first.type} is claimed by ${group.length} manifests with different targets: ` +
      group.map((claim) => `${describe(claim.sources[0]!)} -> ${claim.targets.join(', ')}`).join('; ');
    result.claimedTwice.push({ name: first.name, type: first.type, sources, message });
    for (const source of sources) {
      result.diagnostics.push({
        severity: 'error',
        code: 'claimed-twice',
        message,
        file: source.file,
        line: source.line,
      });
    }
    return;
  }
  const record: DesiredRecord = { name: first.name, type: first.type, targets: first.targets, sources };
  const ttls = sortedUnique(
    group.flatMap((claim) => (claim.ttlSeconds !== undefined ? [String(claim.ttlSeconds)] : [])),
  );
  if (ttls.length > 0) record.ttlSeconds = Math.min(...ttls.map(Number));
  if (ttls.length > 1)
    result.diagnostics.push(disagreement(record, sources[0]!, `TTLs ${ttls.join(', ')}; using the lowest`));
  const providerSpecific = mergeProviderSpecific(group, record, sources[0]!, result.diagnostics);
  if (providerSpecific) record.providerSpecific = providerSpecific;
  if (first.setIdentifier !== undefined) record.setIdentifier = first.setIdentifier;
  result.records.push(record);
}

function mergeProviderSpecific(
  group: readonly ObjectClaim[],
  record: DesiredRecord,
  source: SourceRef,
  diagnostics: Diagnostic[],
): Record<string, string> | undefined {
  const merged: Record<string, string> = {};
  for (const claim of group) {
    for (const [key, value] of Object.entries(claim.providerSpecific ?? {})) {
      if (merged[key] !== undefined && merged[key] !== value) {
        diagnostics.push(
          disagreement(
            record,
            source,
            `${key} is both "${merged[key]}" and "${value}"; using "${merged[key]}"`,
          ),
        );
        continue;
      }
      merged[key] = value;
    }
  }
  return Object.keys(merged).length > 0 ? merged : undefined;
}

function disagreement(record: DesiredRecord, source: SourceRef, what: string): Diagnostic {
  return {
    severity: 'warning',
    code: 'settings-disagree',
    message: `${record.name} ${record.type}: the manifests claiming it disagree: ${what}`,
    file: source.file,
    line: source.line,
  };
}

function unknownWarning(name: string, source: SourceRef): Diagnostic {
  return {
    severity: 'warning',
    code: 'unknown-target',
    message:
      `${name} (${describe(source)}): no target can be resolved from the repository; ` +
      'add a target annotation or a `targets:` entry in the config. Its existing record is kept',
    file: source.file,
    line: source.line,
  };
}

function describe(source: SourceRef): string {
  return `${source.kind} ${source.namespace ? `${source.namespace}/` : ''}${source.name} (${source.file}:${source.line})`;
}

function objectId(source: SourceRef): string {
  return [source.file, source.kind, source.namespace ?? '', source.name].join('\u0000');
}

/** Sources sorted by file, line, kind, name, without duplicates. */
export function sortSources(sources: readonly SourceRef[]): SourceRef[] {
  const seen = new Set<string>();
  return [...sources]
    .sort(
      (a, b) =>
        compare(a.file, b.file) || a.line - b.line || compare(a.kind, b.kind) || compare(a.name, b.name),
    )
    .filter((source) => {
      const key = [objectId(source), source.line].join('\u0000');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** Code-point order: the same bytes on every machine, whatever its locale. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
