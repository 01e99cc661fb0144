import { readAnnotation } from '../records/annotations.js';
import type { Diagnostic } from '../records/diagnostic.js';
import { asArray, asRecord, asString } from './fields.js';
import { apiGroup } from './manifest.js';
import { hostnameAnnotation, readHostnames, type RawHostname } from './read-hostnames.js';
import { annotationWarning, readObjectAnnotations } from './record-options.js';
import {
  annotationTargets,
  configuredTargets,
  defaultTargets,
  firstNonEmpty,
  loadBalancerStatusTargets,
} from './resolve-targets.js';
import { emptyOutput, type Manifest, type Source } from './source.js';
import { skipped } from './skipped.js';
import { toClaims } from './to-claims.js';

/**
 * Ingress: names from `spec.rules[].host`, `spec.tls[].hosts[]` and the `hostname` annotation
 * (narrowed by `ingress-hostname-source`); targets from the `target` annotation, the rendered
 * status, the config's ingress-class mapping, or its default.
 */
export const ingressSource: Source = {
  id: 'ingress',
  kinds: ['Ingress'],
  accepts: (manifest) =>
    manifest.kind === 'Ingress' &&
    ['networking.k8s.io', 'extensions'].includes(apiGroup(manifest.apiVersion)),
  read(manifest, { config }) {
    const out = emptyOutput();
    const annotations = readObjectAnnotations(manifest);
    if (annotations.skipReason) return skipped(manifest, annotations.skipReason);
    out.diagnostics.push(...annotations.diagnostics);
    const names = readHostnames(manifest, ingressHostnames(manifest, out.diagnostics), out.diagnostics);
    if (names.length === 0) return out;
    const className = ingressClass(manifest);
    const targets = firstNonEmpty(
      () => annotationTargets(manifest, out.diagnostics),
      () => loadBalancerStatusTargets(manifest, out.diagnostics),
      () => configuredTargets(className ? config.targets['ingress-classes'][className] : undefined),
      () => defaultTargets(config),
    );
    out.claims.push(...toClaims(names, targets, annotations.options));
    return out;
  },
};

function ingressHostnames(manifest: Manifest, diagnostics: Diagnostic[]): RawHostname[] {
  const source = readAnnotation(manifest.annotations, 'ingress-hostname-source');
  // external-dns compares the value lower-cased.
  const mode = source?.value.trim().toLowerCase();
  if (source && mode !== 'defined-hosts-only' && mode !== 'annotation-only') {
    diagnostics.push(
      annotationWarning(
        manifest,
        source.key,
        `"${source.value}" is not defined-hosts-only or annotation-only`,
      ),
    );
  }
  const fromSpec = mode === 'annotation-only' ? [] : specHostnames(manifest);
  const fromAnnotation = mode === 'defined-hosts-only' ? [] : hostnameAnnotation(manifest);
  return [...fromSpec, ...fromAnnotation];
}

function specHostnames(manifest: Manifest): RawHostname[] {
  const raw: RawHostname[] = [];
  asArray(manifest.spec.rules).forEach((rule, index) => {
    const host = asString(asRecord(rule).host);
    if (host) raw.push({ value: host, path: ['spec', 'rules', index, 'host'] });
  });
  asArray(manifest.spec.tls).forEach((tls, index) => {
    asArray(asRecord(tls).hosts).forEach((host, hostIndex) => {
      const value = asString(host);
      if (value) raw.push({ value, path: ['spec', 'tls', index, 'hosts', hostIndex] });
    });
  });
  return raw;
}

/** `spec.ingressClassName`, or the older `kubernetes.io/ingress.class` annotation. */
function ingressClass(manifest: Manifest): string | undefined {
  return (
    asString(manifest.spec.ingressClassName) ?? asString(manifest.annotations['kubernetes.io/ingress.class'])
  );
}
