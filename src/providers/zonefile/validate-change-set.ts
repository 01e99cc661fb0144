import { isInZone } from '../../records/dns-name.js';
import { rrsetKey, type Rrset, type RrsetChange } from '../../records/record.js';
import { formatRdata } from './rdata-format.js';

/**
 * Checks a whole change set against the current rrsets before anything is written, and returns
 * every problem found (empty when the set can be applied): the state each change expects must be
 * the state the zone holds, values must be writable, and a CNAME must stand alone at its name.
 */
export function validateChangeSet(
  zone: string,
  current: readonly Rrset[],
  changes: readonly RrsetChange[],
  supportedTypes: ReadonlySet<string>,
): string[] {
  const problems: string[] = [];
  const state = new Map(current.map((r) => [rrsetKey(r), r]));
  const seen = new Set<string>();
  const touchedNames = new Set<string>();
  for (const change of changes) {
    const subject = change.kind === 'delete' ? change.before : change.after;
    const where = `${change.kind} ${subject.name} ${subject.type}`;
    const problem = (message: string): void => void problems.push(`${where}: ${message}`);
    const key = rrsetKey(subject);
    if (seen.has(key)) problem('the change set changes this rrset twice');
    if (subject.type === 'SOA')
      problem('the SOA record is kept by the zone file itself (its serial is bumped on write)');
    seen.add(key);
    if (change.kind !== 'create') {
      const held = state.get(rrsetKey(change.before));
      if (!held) problem('the zone does not hold this rrset (changed since the plan was made?)');
      else if (!sameRrset(held, change.before)) {
        problem(`the zone holds ${describe(held)}, the change expects ${describe(change.before)}`);
      }
      state.delete(rrsetKey(change.before));
      touchedNames.add(change.before.name);
    }
    if (change.kind !== 'delete') {
      if (change.kind === 'create' && state.has(key)) problem('the rrset already exists');
      for (const p of afterProblems(zone, change.after, supportedTypes)) problem(p);
      state.set(key, change.after);
      touchedNames.add(change.after.name);
    }
  }
  const typesByName = new Map<string, string[]>();
  for (const r of state.values()) {
    if (touchedNames.has(r.name)) typesByName.set(r.name, [...(typesByName.get(r.name) ?? []), r.type]);
  }
  for (const name of [...touchedNames].sort()) {
    const types = typesByName.get(name) ?? [];
    if (types.includes('CNAME') && types.length > 1) {
      problems.push(`${name}: a CNAME cannot stand beside other data (${types.sort().join(', ')})`);
    }
  }
  return problems;
}

function afterProblems(zone: string, rrset: Rrset, supportedTypes: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (!supportedTypes.has(rrset.type)) {
    problems.push(
      `type ${rrset.type} is not supported (supported: ${[...supportedTypes].sort().join(', ')})`,
    );
  }
  if (!isInZone(rrset.name, zone)) problems.push(`name is outside zone ${zone}`);
  if (!/^[a-z0-9_*-]+(\.[a-z0-9_*-]+)*$/.test(rrset.name))
    problems.push('name is not a lower-case ASCII FQDN');
  if (!Number.isInteger(rrset.ttlSeconds) || rrset.ttlSeconds < 0 || rrset.ttlSeconds > 2147483647) {
    problems.push(`TTL ${rrset.ttlSeconds} is not an integer between 0 and 2147483647`);
  }
  if (rrset.values.length === 0) problems.push('an rrset needs at least one value');
  if (rrset.type === 'CNAME' && rrset.values.length > 1)
    problems.push('a CNAME rrset holds exactly one value');
  if (supportedTypes.has(rrset.type)) {
    for (const value of rrset.values) {
      const formatted = formatRdata(rrset.type, value);
      if ('error' in formatted) problems.push(formatted.error);
    }
  }
  return problems;
}

function sameRrset(a: Rrset, b: Rrset): boolean {
  return a.ttlSeconds === b.ttlSeconds && describe(a) === describe(b);
}

function describe(r: Rrset): string {
  return `TTL ${r.ttlSeconds} [${[...r.values].sort().join(', ')}]`;
}
