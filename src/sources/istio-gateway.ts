import { apiGroup } from './manifest.js';
import { hostnameAnnotation, readHostnames } from './read-hostnames.js';
import { readObjectAnnotations } from './record-options.js';
import { istioGatewayHosts, istioGatewayTargets } from './istio-gateway-targets.js';
import { emptyOutput, type Source } from './source.js';
import { skipped } from './skipped.js';
import { toClaims } from './to-claims.js';

/**
 * Istio Gateway: names from `spec.servers[].hosts[]` (namespace prefix dropped, bare `*`
 * skipped, `*.x` kept as a wildcard) and the `hostname` annotation; targets as `istioGatewayTargets` resolves them.
 */
export const istioGatewaySource: Source = {
  id: 'istio-gateway',
  kinds: ['Gateway'],
  accepts: (manifest) =>
    manifest.kind === 'Gateway' && apiGroup(manifest.apiVersion) === 'networking.istio.io',
  read(manifest, { config, index }) {
    const out = emptyOutput();
    const annotations = readObjectAnnotations(manifest);
    if (annotations.skipReason) return skipped(manifest, annotations.skipReason);
    out.diagnostics.push(...annotations.diagnostics);
    // As external-dns: the hostname annotation adds to the servers' hosts.
    const raw = [...istioGatewayHosts(manifest), ...hostnameAnnotation(manifest)];
    const names = readHostnames(manifest, raw, out.diagnostics);
    if (names.length === 0) return out;
    const targets = istioGatewayTargets(manifest, config, index, out.diagnostics);
    out.claims.push(...toClaims(names, targets, annotations.options));
    return out;
  },
};
