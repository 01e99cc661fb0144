import type { ManifestDocument } from '../manifests/parse-documents.js';
import type { EgressHost } from '../records/egress.js';
import { patternCovers } from './host-pattern.js';

/**
 * Whether traffic to an egress host goes through an egress gateway or out directly.
 *
 * A host is routed `via: 'gateway'` when a VirtualService whose hosts cover it is bound to an
 * egress Gateway and sends the mesh's (sidecars') traffic to the egress gateway's Service. That is
 * the pattern Istio documents: one VirtualService bound to `mesh` and the egress Gateway, with a
 * `mesh` route to istio-egressgateway and a gateway route to the external host.
 */

type Obj = Record<string, unknown>;
const asObj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const asList = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const asStrings = (v: unknown): string[] => asList(v).filter((x): x is string => typeof x === 'string');
const labels = (v: unknown): Record<string, string> =>
  Object.fromEntries(Object.entries(asObj(v)).filter((e): e is [string, string] => typeof e[1] === 'string'));

function namespaceOf(doc: ManifestDocument): string {
  const ns = asObj(doc.value.metadata).namespace;
  return typeof ns === 'string' && ns ? ns : 'default';
}
function nameOf(doc: ManifestDocument): string {
  const name = asObj(doc.value.metadata).name;
  return typeof name === 'string' ? name : '';
}
const isIstio = (doc: ManifestDocument): boolean => doc.apiVersion.startsWith('networking.istio.io/');
const selects = (selector: Record<string, string>, podLabels: Record<string, string>): boolean =>
  Object.keys(selector).length > 0 && Object.entries(selector).every(([k, v]) => podLabels[k] === v);

/** The egress gateways' Gateway references (`ns/name` and bare `name`) and their Service names. */
function findEgressGateways(documents: readonly ManifestDocument[]): {
  gateways: Set<string>;
  services: Set<string>;
} {
  const services = new Set<string>(['istio-egressgateway']);
  const serviceDocs = documents.filter((d) => d.kind === 'Service');
  for (const svc of serviceDocs) if (nameOf(svc).includes('egressgateway')) services.add(nameOf(svc));
  const gateways = new Set<string>();
  for (const gw of documents.filter((d) => d.kind === 'Gateway' && isIstio(d))) {
    const selector = labels(asObj(gw.value.spec).selector);
    const matched = serviceDocs.filter((svc) => selects(selector, labels(asObj(svc.value.spec).selector)));
    const isEgress =
      Object.values(selector).some((v) => v.includes('egressgateway')) ||
      matched.some((svc) => services.has(nameOf(svc)));
    if (!isEgress) continue;
    for (const svc of matched) services.add(nameOf(svc));
    gateways.add(`${namespaceOf(gw)}/${nameOf(gw)}`);
    gateways.add(nameOf(gw));
  }
  return { gateways, services };
}

/** Whether a route list sends the mesh's traffic to one of the egress gateway Services. */
function meshRoutesToEgress(vs: Obj, services: Set<string>): boolean {
  const boundToMesh = asStrings(vs.gateways).length === 0 || asStrings(vs.gateways).includes('mesh');
  for (const protocol of ['http', 'tls', 'tcp']) {
    for (const route of asList(vs[protocol]).map(asObj)) {
      const matches = asList(route.match).map(asObj);
      const fromMesh =
        matches.length === 0 || matches.some((m) => asStrings(m.gateways).length === 0)
          ? boundToMesh
          : matches.some((m) => asStrings(m.gateways).includes('mesh'));
      if (!fromMesh) continue;
      const destinations = asList(route.route).map((r) => asObj(asObj(r).destination).host);
      if (destinations.some((h) => typeof h === 'string' && services.has(h.split('.')[0]!))) return true;
    }
  }
  return false;
}

/** Hosts of VirtualServices that send mesh traffic through an egress gateway. */
export function hostsRoutedViaGateway(documents: readonly ManifestDocument[]): string[] {
  const { gateways, services } = findEgressGateways(documents);
  const hosts: string[] = [];
  for (const vs of documents.filter((d) => d.kind === 'VirtualService' && isIstio(d))) {
    const spec = asObj(vs.value.spec);
    const ns = namespaceOf(vs);
    const bound = asStrings(spec.gateways).some(
      (g) => gateways.has(g) || gateways.has(g.includes('/') ? g : `${ns}/${g}`),
    );
    if (bound && meshRoutesToEgress(spec, services))
      hosts.push(...asStrings(spec.hosts).map((h) => h.toLowerCase()));
  }
  return hosts;
}

/** Sets `via` on every egress host: `gateway` when a routed VirtualService host covers it. */
export function classifyEgressRouting(
  hosts: readonly EgressHost[],
  documents: readonly ManifestDocument[],
): EgressHost[] {
  const routed = hostsRoutedViaGateway(documents);
  return hosts.map((h) => ({
    ...h,
    via: routed.some((r) => patternCovers(r, h.host)) ? 'gateway' : 'direct',
  }));
}
