import { isIP } from 'node:net';
import { isInZone, isWildcard, normalizeDnsName } from '../records/dns-name.js';
import type { EgressHost, EgressPort } from '../records/egress.js';
import { normalizeTarget } from '../records/targets.js';
import { asArray, asRecord, asString } from './fields.js';
import { apiGroup } from './manifest.js';
import { readObjectAnnotations } from './record-options.js';
import { emptyOutput, type Claim, type Manifest, type Source, type SourceOutput } from './source.js';

/**
 * Istio ServiceEntry: the egress inventory. Entries outside the mesh contribute
 * `spec.hosts[]` with their ports and protocols; `MESH_INTERNAL` entries do not. A missing
 * `location` is `MESH_EXTERNAL`, Istio's default.
 *
 * A host inside a managed zone (an internal alias for a legacy system, say) also desires DNS:
 * `resolution: STATIC` with `endpoints[].address` IPs gives A/AAAA records, `resolution: DNS`
 * with a single hostname endpoint a CNAME. Hosts outside the managed zones are never written.
 */
export const serviceEntrySource: Source = {
  id: 'service-entry',
  kinds: ['ServiceEntry'],
  accepts: (manifest) =>
    manifest.kind === 'ServiceEntry' && apiGroup(manifest.apiVersion) === 'networking.istio.io',
  read(manifest, context) {
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
      if (context.config.zones.some((zone) => isInZone(host.host, zone)))
        addRecordClaim(manifest, index, host, out);
    });
    return out;
  },
};

/** The addresses an entry's endpoints give: IPs for STATIC, hostnames for DNS resolution. */
function endpointAddresses(manifest: Manifest): string[] {
  return asArray(manifest.spec.endpoints).flatMap((entry) => asString(asRecord(entry).address)?.trim() ?? []);
}

/** Desired records for an egress host that lies in a managed zone (see the source's comment). */
function addRecordClaim(manifest: Manifest, index: number, host: EgressHost, out: SourceOutput): void {
  const name = normalizeDnsName(host.host);
  if (!name.ok || isWildcard(name.name)) return;
  const addresses = endpointAddresses(manifest);
  const resolution = host.resolution ?? 'NONE';
  let targets: string[] = [];
  if (resolution === 'STATIC') targets = addresses.filter((a) => isIP(a) !== 0);
  else if (
    (resolution === 'DNS' || resolution === 'DNS_ROUND_ROBIN') &&
    addresses.length === 1 &&
    isIP(addresses[0]!) === 0
  )
    targets = addresses;
  const resolved = targets.map(normalizeTarget).flatMap((t) => (t.ok ? [t.target] : []));
  // No address: the name is *unknown* (a warning from the merge step), so an existing record stays.
  const annotations = readObjectAnnotations(manifest);
  if (annotations.skipReason) return;
  out.diagnostics.push(...annotations.diagnostics);
  const claim: Claim = {
    name: name.name,
    targets: resolved,
    source: manifest.refAt(['spec', 'hosts', index]),
    ...annotations.options,
  };
  out.claims.push(claim);
}

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
