import type { Diagnostic } from '../records/diagnostic.js';
import { hostMatches, normalizeDnsName } from '../records/dns-name.js';
import { sortedUnique } from '../records/targets.js';
import { asArray, asString } from './fields.js';
import { istioGatewayHosts, istioGatewayTargets, mappedTargets } from './istio-gateway-targets.js';
import { findObject } from './manifest-index.js';
import { apiGroup } from './manifest.js';
import { hostnameAnnotation, readHostnames, type RawHostname } from './read-hostnames.js';
import { readObjectAnnotations } from './record-options.js';
import { annotationTargets, defaultTargets } from './resolve-targets.js';
import { emptyOutput, type Manifest, type Source, type SourceContext } from './source.js';
import { skipped } from './skipped.js';
import { toClaims } from './to-claims.js';

/**
 * Istio VirtualService: `spec.hosts[]` and the `hostname` annotation of a VirtualService bound
 * to Gateways in `spec.gateways` (`mesh` ignored), kept when a bound Gateway's hosts match (honouring their `ns/` prefixes)
 * and the VirtualService's `exportTo` reaches the Gateway's namespace.
 * Targets: the VirtualService's own `target` annotation, else its bound Gateways' targets.
 * A Gateway missing from the repository is looked up in the config mapping by `namespace/name`.
 */
export const istioVirtualServiceSource: Source = {
  id: 'istio-virtualservice',
  kinds: ['VirtualService'],
  accepts: (manifest) =>
    manifest.kind === 'VirtualService' && apiGroup(manifest.apiVersion) === 'networking.istio.io',
  read(manifest, context) {
    const out = emptyOutput();
    const gatewayKeys = boundGateways(manifest);
    if (gatewayKeys.length === 0) return out;
    const annotations = readObjectAnnotations(manifest);
    if (annotations.skipReason) return skipped(manifest, annotations.skipReason);
    out.diagnostics.push(...annotations.diagnostics);
    const raw: RawHostname[] = [];
    asArray(manifest.spec.hosts).forEach((host, index) => {
      const value = asString(host);
      if (value) raw.push({ value, path: ['spec', 'hosts', index] });
    });
    // As external-dns: the hostname annotation's names are bound like spec.hosts.
    raw.push(...hostnameAnnotation(manifest));
    const own = annotationTargets(manifest, out.diagnostics);
    for (const name of readHostnames(manifest, raw, out.diagnostics)) {
      const bound = gatewayTargetsFor(name.name, manifest, gatewayKeys, context, out.diagnostics);
      if (!bound.matched) continue;
      out.claims.push(...toClaims([name], own.length > 0 ? own : bound.targets, annotations.options));
    }
    return out;
  },
};

/** `spec.gateways` as `namespace/name` keys; a bare name lives in the VirtualService's namespace. */
function boundGateways(manifest: Manifest): string[] {
  return asArray(manifest.spec.gateways)
    .flatMap((entry) => {
      const ref = asString(entry)?.trim();
      if (!ref || ref === 'mesh') return [];
      return [ref.includes('/') ? ref : `${manifest.namespace}/${ref}`];
    })
    .filter((key, index, all) => all.indexOf(key) === index);
}

function gatewayTargetsFor(
  name: string,
  manifest: Manifest,
  gatewayKeys: readonly string[],
  { config, index }: SourceContext,
  diagnostics: Diagnostic[],
): { matched: boolean; targets: string[] } {
  let matched = false;
  const targets: string[] = [];
  for (const key of gatewayKeys) {
    const gateway = findObject(index.istioGateways, key, manifest.doc.file);
    if (!gateway) {
      // Often installed from a chart outside the repository: the config says where it points.
      matched = true;
      const mapped = mappedTargets(config, key, {});
      targets.push(...(mapped.length > 0 ? mapped : defaultTargets(config)));
      continue;
    }
    if (!exportedTo(manifest, gateway) || !gatewayServes(gateway, manifest.namespace, name)) continue;
    matched = true;
    targets.push(...istioGatewayTargets(gateway, config, index, diagnostics));
  }
  return { matched, targets: sortedUnique(targets) };
}

/** Whether `spec.exportTo` (default: every namespace) makes the VirtualService visible to the Gateway. */
function exportedTo(manifest: Manifest, gateway: Manifest): boolean {
  const exportTo = asArray(manifest.spec.exportTo).flatMap((entry) => asString(entry)?.trim() ?? []);
  if (exportTo.length === 0) return true;
  return exportTo.some(
    (scope) =>
      scope === '*' ||
      scope === gateway.namespace ||
      (scope === '.' && gateway.namespace === manifest.namespace),
  );
}

/** Whether one of the Gateway's hosts admits `name` for a VirtualService in `namespace`. */
function gatewayServes(gateway: Manifest, namespace: string, name: string): boolean {
  return istioGatewayHosts(gateway).some((host) => {
    const scope = host.namespace;
    const admitted =
      scope === undefined ||
      scope === '*' ||
      (scope === '.' ? gateway.namespace === namespace : scope === namespace);
    return admitted && hostMatches(comparable(host.value), name);
  });
}

/** A Gateway host in the form VirtualService names are kept in (ASCII, lower case, no dot). */
function comparable(host: string): string {
  const trimmed = host.trim();
  if (trimmed === '*') return '*';
  const result = normalizeDnsName(trimmed);
  return result.ok ? result.name : trimmed.toLowerCase().replace(/\.$/, '');
}
