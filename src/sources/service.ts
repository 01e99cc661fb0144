import { asString } from './fields.js';
import { apiGroup } from './manifest.js';
import { hostnameAnnotation, readHostnames } from './read-hostnames.js';
import { readObjectAnnotations } from './record-options.js';
import { defaultTargets, firstNonEmpty, serviceTargets } from './resolve-targets.js';
import { emptyOutput, type Manifest, type Source } from './source.js';
import { skipped } from './skipped.js';
import { toClaims } from './to-claims.js';

/**
 * Service: names from the `hostname` annotation; targets from the `target` annotation, the
 * Service's own addresses (an ExternalName becomes a CNAME), its rendered status, or (for a
 * LoadBalancer only) the config's default.
 */
export const serviceSource: Source = {
  id: 'service',
  kinds: ['Service'],
  accepts: (manifest) => manifest.kind === 'Service' && apiGroup(manifest.apiVersion) === '',
  read(manifest, { config }) {
    const out = emptyOutput();
    const raw = hostnameAnnotation(manifest);
    if (raw.length === 0) return out;
    const annotations = readObjectAnnotations(manifest);
    if (annotations.skipReason) return skipped(manifest, annotations.skipReason);
    out.diagnostics.push(...annotations.diagnostics);
    const names = readHostnames(manifest, raw, out.diagnostics);
    if (names.length === 0) return out;
    const type = serviceType(manifest);
    // external-dns points a ClusterIP, headless or NodePort Service's name at its cluster, pod
    // or node IPs, which live in the cluster: the load balancer the default names is not it.
    const takesDefault = type === 'LoadBalancer';
    const targets = firstNonEmpty(
      () => serviceTargets(manifest, out.diagnostics),
      () => (takesDefault ? defaultTargets(config) : []),
    );
    if (targets.length === 0 && !takesDefault && config.targets.default !== undefined) {
      const ref = names[0]!.source;
      out.diagnostics.push({
        severity: 'info',
        code: 'service-type-target',
        message:
          `Service ${manifest.namespace}/${manifest.name} is of type ${type}: external-dns would point it ` +
          'at addresses only the cluster knows, so `targets.default` does not apply; add a target annotation',
        file: ref.file,
        line: ref.line,
        key: 'spec.type',
      });
    }
    out.claims.push(...toClaims(names, targets, annotations.options));
    return out;
  },
};

/** `spec.type`, `ClusterIP` when left out (as Kubernetes defaults it); headless is told apart. */
function serviceType(manifest: Manifest): string {
  const type = asString(manifest.spec.type)?.trim() || 'ClusterIP';
  return type === 'ClusterIP' && asString(manifest.spec.clusterIP) === 'None' ? 'ClusterIP (headless)' : type;
}
