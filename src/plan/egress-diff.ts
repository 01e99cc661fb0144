import type { EgressDiff, EgressHost } from '../records/egress.js';

/** What differs between two declarations of one egress host, in words a reviewer reads. */
function differences(before: EgressHost, after: EgressHost): string[] {
  const what: string[] = [];
  const ports = (h: EgressHost) => h.ports.map((p) => `${p.number}/${p.protocol}`).join(',');
  if (ports(before) !== ports(after)) what.push(`ports ${ports(before) || '-'} -> ${ports(after) || '-'}`);
  if ((before.resolution ?? '') !== (after.resolution ?? ''))
    what.push(`resolution ${before.resolution ?? '-'} -> ${after.resolution ?? '-'}`);
  if ((before.via ?? '') !== (after.via ?? ''))
    what.push(`routing ${before.via ?? '-'} -> ${after.via ?? '-'}`);
  const exportTo = (h: EgressHost) => (h.exportTo ? [...h.exportTo].sort().join(',') : '*');
  if (exportTo(before) !== exportTo(after)) what.push(`exportTo ${exportTo(before)} -> ${exportTo(after)}`);
  return what;
}

/** Compares the egress hosts of the head revision with those of the base revision (sorted by host). */
export function diffEgress(
  head: readonly EgressHost[],
  base: readonly EgressHost[] | undefined,
  baseRef?: string,
): EgressDiff {
  const hosts = [...head].sort((a, b) => a.host.localeCompare(b.host));
  if (!base) return { added: [], removed: [], changed: [], hosts, ...(baseRef ? { base: baseRef } : {}) };
  const before = new Map(base.map((h) => [h.host, h]));
  const after = new Map(hosts.map((h) => [h.host, h]));
  const added = hosts.filter((h) => !before.has(h.host));
  const removed = [...base].filter((h) => !after.has(h.host)).sort((a, b) => a.host.localeCompare(b.host));
  const changed: EgressDiff['changed'] = [];
  for (const h of hosts) {
    const old = before.get(h.host);
    if (!old) continue;
    const what = differences(old, h);
    if (what.length > 0) changed.push({ host: h.host, before: old, after: h, what });
  }
  return { added, removed, changed, hosts, ...(baseRef ? { base: baseRef } : {}) };
}
