import { apiGroup } from './manifest.js';
import { hostnameAnnotation, readHostnames } from './read-hostnames.js';
import { readObjectAnnotations } from './record-options.js';
import { defaultTargets, firstNonEmpty, serviceTargets } from './resolve-targets.js';
import { emptyOutput, type Source } from './source.js';
import { skipped } from './skipped.js';
import { toClaims } from './to-claims.js';

/**
 * Service: names from the `hostname` annotation; targets from the `target` annotation, the
 * Service's own addresses (an ExternalName becomes a CNAME), its rendered status, or the
 * config's default.
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
    const targets = firstNonEmpty(
      () => serviceTargets(manifest, out.diagnostics),
      () => defaultTargets(config),
    );
    out.claims.push(...toClaims(names, targets, annotations.options));
    return out;
  },
};
