import type { RrsetChange } from '../../records/record.js';

/**
 * Splits a zone's changes into groups that must land in the same Route 53 request, because Route 53
 * applies one request atomically and nothing across requests:
 *
 * | joined                                   | why                                                  |
 * |------------------------------------------|------------------------------------------------------|
 * | changes at the same name                 | a type change (delete CNAME x, create A x) must not   |
 * |                                          | leave the name empty or doubly held in between        |
 * | an ownership TXT and the record it names | a record must never exist without its owner, nor an   |
 * |                                          | owner without its record                              |
 *
 * An ownership TXT is a TXT change whose value starts with `heritage=external-dns`. Its name is the
 * record's name with its first label wrapped in a prefix and/or suffix (`a-www.example.com`,
 * `_owner-a.www.example.com`, `www-a.example.com`); the provider does not know the configured
 * prefix, so it joins the TXT to every changed record whose first label appears in the TXT's
 * leading labels as a whole `-`/`_`/`.`-separated part; an ownership TXT that matches no changed
 * record (wildcard replacement) joins its neighbours in the list. Joining too much only makes a
 * group larger; it never splits a pair. Groups keep the order of their first change.
 */
export function groupChanges(changes: readonly RrsetChange[]): RrsetChange[][] {
  const parent = changes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const byName = new Map<string, number>();
  changes.forEach((change, i) => {
    const name = rrsetOf(change).name;
    const first = byName.get(name);
    if (first === undefined) byName.set(name, i);
    else union(first, i);
  });
  const ownership = changes.map(isOwnershipChange);
  changes.forEach((change, i) => {
    if (!ownership[i]) return;
    let matched = false;
    for (const candidate of referencedNames(rrsetOf(change).name)) {
      const j = byName.get(candidate);
      if (j !== undefined && !ownership[j]) {
        union(i, j);
        matched = true;
      }
    }
    // A wildcard replacement (`*` written as e.g. `wildcard`) hides the record's name; fall back
    // to the neighbouring record changes, since the planner emits a record beside its owner.
    if (!matched)
      for (const j of [i - 1, i + 1]) if (j >= 0 && j < changes.length && !ownership[j]) union(i, j);
  });

  const groups = new Map<number, RrsetChange[]>();
  changes.forEach((change, i) => {
    const root = find(i);
    const group = groups.get(root) ?? [];
    group.push(change);
    groups.set(root, group);
  });
  return [...groups.values()];
}

function rrsetOf(change: RrsetChange) {
  return change.kind === 'delete' ? change.before : change.after;
}

export function isOwnershipChange(change: RrsetChange): boolean {
  const states = change.kind === 'update' ? [change.before, change.after] : [rrsetOf(change)];
  return states.some((r) => r.type === 'TXT' && r.values.some((v) => v.startsWith('heritage=external-dns')));
}

/**
 * Record names an ownership TXT name may stand for: for every split into leading labels `head`
 * and the rest `R`, each separator-delimited part `f` of `head` gives `f.R` (a `*` part gives the
 * wildcard `*.R`).
 */
export function referencedNames(ownershipName: string): string[] {
  const labels = ownershipName.split('.');
  const names = new Set<string>([ownershipName]);
  for (let cut = 1; cut < labels.length; cut++) {
    const head = labels.slice(0, cut).join('.');
    const rest = labels.slice(cut).join('.');
    for (const part of separatedParts(head)) names.add(`${part}.${rest}`);
  }
  return [...names];
}

/** Every substring of `head` that starts and ends at a `-`, `_` or `.` boundary. */
function separatedParts(head: string): string[] {
  const starts = [0];
  const ends: number[] = [];
  for (let i = 0; i < head.length; i++) {
    if ('-_.'.includes(head[i]!)) {
      ends.push(i);
      starts.push(i + 1);
    }
  }
  ends.push(head.length);
  const parts: string[] = [];
  for (const s of starts) for (const e of ends) if (e > s) parts.push(head.slice(s, e));
  return parts;
}
