import { isInZone } from '../../records/dns-name.js';
import { rrsetKey, type Rrset, type RrsetChange } from '../../records/record.js';

/**
 * Checks a zone's change set against the zone as PowerDNS holds it now, before anything is sent,
 * and returns every problem found (empty when the set may be applied). PowerDNS would refuse some
 * of these itself, but only one at a time and with its own wording; others (a changed record,
 * an unsupported type) it would silently accept.
 */
export function validateChanges(
  zone: string,
  current: readonly Rrset[],
  changes: readonly RrsetChange[],
  supportedTypes: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const currentByKey = new Map(current.map((r) => [rrsetKey(r), r]));
  const touched = new Set<string>();
  for (const change of changes) {
    for (const rrset of changedRrsets(change)) {
      problems.push(...checkRrset(zone, rrset, supportedTypes));
      const key = rrsetKey(rrset);
      if (touched.has(key)) problems.push(`${label(rrset)} is changed twice in one change set`);
      touched.add(key);
    }
    problems.push(...checkAgainstCurrent(change, currentByKey));
  }
  if (problems.length === 0) problems.push(...cnameClashes(resultingState(current, changes)));
  return problems;
}

/** `www.example.com CNAME`: how messages name an rrset. */
export function label(rrset: { name: string; type: string }): string {
  return `${rrset.name} ${rrset.type}`;
}

function changedRrsets(change: RrsetChange): Rrset[] {
  if (change.kind === 'create') return [change.after];
  if (change.kind === 'delete') return [change.before];
  return rrsetKey(change.before) === rrsetKey(change.after) ? [change.after] : [change.before, change.after];
}

/** Label characters the PowerDNS API accepts in names (it refuses others as "unsupported characters"). */
const powerDnsLabel = /^[a-z0-9_/-]+$/i;

/**
 * PowerDNS only takes `*` as a whole leftmost label. An external-dns ownership record of a wildcard
 * name (`a-*.apps.example.com`) breaks that rule, which is why external-dns has
 * `--txt-wildcard-replacement`; say so rather than let PowerDNS refuse the whole change set.
 */
function checkName(rrset: Rrset): string[] {
  const labels = rrset.name.split('.');
  const bad = labels.filter((l, i) => !(i === 0 && l === '*') && !powerDnsLabel.test(l));
  if (bad.length === 0) return [];
  const hint = bad.some((l) => l.includes('*'))
    ? "; PowerDNS takes '*' only as a whole leftmost label: for ownership records of wildcard names, " +
      "set 'txt-wildcard-replacement' in the config (e.g. 'wildcard')"
    : '';
  return [
    `${label(rrset)}: PowerDNS refuses the characters of label(s) ${bad.map((l) => `'${l}'`).join(', ')}` +
      ` (letters, digits, '-', '_' and '/' only)${hint}`,
  ];
}

function checkRrset(zone: string, rrset: Rrset, supportedTypes: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (!supportedTypes.has(rrset.type)) {
    problems.push(
      `${label(rrset)}: record type ${rrset.type} is not supported by the powerdns provider ` +
        `(supported: ${[...supportedTypes].join(', ')})`,
    );
  }
  if (!isInZone(rrset.name, zone)) problems.push(`${label(rrset)}: name is outside zone ${zone}`);
  return [...problems, ...checkName(rrset)];
}

function sameValues(a: readonly string[], b: readonly string[]): boolean {
  const sortedA = [...a].sort();
  const sortedB = [...b].sort();
  return sortedA.length === sortedB.length && sortedA.every((value, i) => value === sortedB[i]);
}

/**
 * The plan was computed from an earlier listing. When PowerDNS now holds something else at an
 * rrset the plan touches, someone changed it in between: refuse rather than overwrite their work.
 * An rrset that is already gone may still be deleted (re-running an apply is harmless).
 */
function checkAgainstCurrent(change: RrsetChange, currentByKey: ReadonlyMap<string, Rrset>): string[] {
  if (change.kind === 'create') {
    if (change.after.values.length === 0)
      return [`${label(change.after)}: an rrset needs at least one value`];
    const existing = currentByKey.get(rrsetKey(change.after));
    if (existing && !sameValues(existing.values, change.after.values)) {
      return [
        `${label(change.after)} already exists in PowerDNS (${existing.values.join(', ')}); re-run the plan`,
      ];
    }
    return [];
  }
  if (change.kind === 'update' && change.after.values.length === 0) {
    return [`${label(change.after)}: an rrset needs at least one value`];
  }
  const existing = currentByKey.get(rrsetKey(change.before));
  if (existing && !sameValues(existing.values, change.before.values)) {
    return [
      `${label(change.before)} changed in PowerDNS since the plan was made ` +
        `(now ${existing.values.join(', ')}; planned from ${change.before.values.join(', ')}); re-run the plan`,
    ];
  }
  return [];
}

/** The zone's rrsets once every change is applied. */
export function resultingState(current: readonly Rrset[], changes: readonly RrsetChange[]): Rrset[] {
  const state = new Map(current.map((r) => [rrsetKey(r), r]));
  for (const change of changes) {
    if (change.kind !== 'create') state.delete(rrsetKey(change.before));
    if (change.kind !== 'delete') state.set(rrsetKey(change.after), change.after);
  }
  return [...state.values()];
}

/** RFC 1034 3.6.2: a CNAME must be the only data at its name. */
function cnameClashes(state: readonly Rrset[]): string[] {
  const typesByName = new Map<string, string[]>();
  for (const rrset of state)
    typesByName.set(rrset.name, [...(typesByName.get(rrset.name) ?? []), rrset.type]);
  const problems: string[] = [];
  for (const [name, types] of [...typesByName].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!types.includes('CNAME') || types.length === 1) continue;
    const others = types.filter((type) => type !== 'CNAME').sort();
    problems.push(
      `${name} CNAME would sit beside ${others.join(', ')}: a CNAME must be the only rrset at its name`,
    );
  }
  return problems;
}
