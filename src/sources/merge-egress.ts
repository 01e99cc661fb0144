import type { EgressHost } from '../records/egress.js';
import { compare, sortSources } from './merge-claims.js';
import { sortPorts } from './service-entry.js';

/** One entry per host: ports and sources unioned; exported everywhere if any entry is. */
export function mergeEgress(hosts: readonly EgressHost[]): EgressHost[] {
  const byHost = new Map<string, EgressHost[]>();
  for (const host of hosts) byHost.set(host.host, [...(byHost.get(host.host) ?? []), host]);
  return [...byHost.values()]
    .map((group) => {
      const sources = sortSources(group.flatMap((entry) => entry.sources));
      const merged: EgressHost = {
        host: group[0]!.host,
        ports: sortPorts(group.flatMap((entry) => entry.ports)),
        sources,
      };
      const resolution = group.find((entry) => entry.resolution !== undefined)?.resolution;
      if (resolution) merged.resolution = resolution;
      if (group.every((entry) => entry.exportTo)) {
        merged.exportTo = [...new Set(group.flatMap((entry) => entry.exportTo ?? []))].sort();
      }
      return merged;
    })
    .sort((a, b) => compare(a.host, b.host));
}
