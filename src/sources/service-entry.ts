import type { EgressHost, EgressPort } from '../records/egress.js';
import { asArray, asRecord, asString } from './fields.js';
import { apiGroup } from './manifest.js';
import { emptyOutput, type Manifest, type Source } from './source.js';

/**
 * Istio ServiceEntry: the egress inventory. Entries outside the mesh contribute
 * `spec.hosts[]` with their ports and protocols; `MESH_INTERNAL` entries do not. A missing
 * `location` is `MESH_EXTERNAL`, Istio's default.
 */
export const serviceEntrySource: Source = {
  id: 'service-entry',
  kinds: ['ServiceEntry'],
  accepts: (manifest) =>
    manifest.kind === 'ServiceEntry' && apiGroup(manifest.apiVersion) === 'networking.istio.io',
  read(manifest) {
    const out = emptyOutput();
    const location = asString(manifest.spec.location) ?? 'MESH_EXTERNAL';
    if (location !== 'MESH_EXTERNAL') return out;
    const ports = readPorts(manifest);
    const resolution = asString(manifest.spec.resolution);
    const exportTo = asArray(manifest.spec.exportTo).flatMap((entry) => asString(entry) ?? []);
    asArray(manifest.spec.hosts).forEach((entry, index) => {
      const written = asString(entry)?.trim();
      if (!written) return;
      const host: EgressHost = {
        host: written.toLowerCase().replace(/\.$/, ''),
        ports: ports.map((port) => ({ ...port })),
        sources: [manifest.refAt(['spec', 'hosts', index])],
      };
      if (resolution) host.resolution = resolution;
      if (exportTo.length > 0) host.exportTo = [...exportTo].sort();
      out.egress.push(host);
    });
    return out;
  },
};

function readPorts(manifest: Manifest): EgressPort[] {
  const ports = asArray(manifest.spec.ports).flatMap((entry): EgressPort[] => {
    const port = asRecord(entry);
    const number = Number(asString(port.number));
    if (!Number.isInteger(number) || number < 1 || number > 65535) return [];
    const name = asString(port.name);
    return [
      { number, protocol: (asString(port.protocol) || 'TCP').toUpperCase(), ...(name ? { name } : {}) },
    ];
  });
  return sortPorts(ports);
}

/** Ports sorted by number, then protocol, without exact duplicates. */
export function sortPorts(ports: readonly EgressPort[]): EgressPort[] {
  const seen = new Set<string>();
  return [...ports]
    .sort(
      (a, b) =>
        a.number - b.number ||
        a.protocol.localeCompare(b.protocol) ||
        (a.name ?? '').localeCompare(b.name ?? ''),
    )
    .filter((port) => {
      const key = `${port.number}/${port.protocol}/${port.name ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
