import type { Diagnostic } from '../records/diagnostic.js';
import { hostMatches } from '../records/dns-name.js';
import { asArray, asRecord, asString } from './fields.js';
import { gatewayTargets } from './gateway-targets.js';
import { findObject } from './manifest-index.js';
import { apiGroup } from './manifest.js';
import { hostnameAnnotation, readHostnames, type Hostname, type RawHostname } from './read-hostnames.js';
import { readObjectAnnotations } from './record-options.js';
import { annotationTargets, firstNonEmpty } from './resolve-targets.js';
import { emptyOutput, type Manifest, type Source } from './source.js';
import { skipped } from './skipped.js';
import { toClaims } from './to-claims.js';

const gatewayGroup = 'gateway.networking.k8s.io';
/** Route kinds a listener admits by default, by listener protocol. */
const kindsByProtocol: Record<string, readonly string[]> = {
  HTTP: ['HTTPRoute', 'GRPCRoute'],
  HTTPS: ['HTTPRoute', 'GRPCRoute'],
  TLS: ['TLSRoute'],
};

/**
 * Gateway API HTTPRoute, GRPCRoute, TLSRoute: `spec.hostnames[]` (and the `hostname`
 * annotation) intersected with each parent Gateway listener's hostname, the more specific one
 * winning; a route without hostnames takes the listener's. Targets: the route's `target`
 * annotation, else the parent Gateway's (see `gatewayTargets`).
 */
export const gatewayRouteSource: Source = {
  id: 'gateway-route',
  kinds: ['HTTPRoute', 'GRPCRoute', 'TLSRoute'],
  accepts: (manifest) =>
    ['HTTPRoute', 'GRPCRoute', 'TLSRoute'].includes(manifest.kind) &&
    apiGroup(manifest.apiVersion) === gatewayGroup,
  read(route, { config, index }) {
    const out = emptyOutput();
    const annotations = readObjectAnnotations(route);
    if (annotations.skipReason) return skipped(route, annotations.skipReason);
    out.diagnostics.push(...annotations.diagnostics);
    const routeNames = readHostnames(route, routeHostnames(route), out.diagnostics);
    const own = annotationTargets(route, out.diagnostics);
    asArray(route.spec.parentRefs).forEach((entry) => {
      const ref = asRecord(entry);
      if (
        (asString(ref.kind) ?? 'Gateway') !== 'Gateway' ||
        (asString(ref.group) ?? gatewayGroup) !== gatewayGroup
      )
        return;
      const name = asString(ref.name);
      if (!name) return;
      const key = `${asString(ref.namespace) ?? route.namespace}/${name}`;
      const gateway = findObject(index.gateways, key, route.doc.file);
      const names = gateway ? attachedNames(route, routeNames, gateway, key, ref) : routeNames;
      if (names.length === 0) return;
      const targets = firstNonEmpty(
        () => own,
        () => gatewayTargets(gateway, key, config, out.diagnostics),
      );
      out.claims.push(...toClaims(names, targets, annotations.options));
    });
    return out;
  },
};

function routeHostnames(route: Manifest): RawHostname[] {
  return [...specHostnames(route), ...hostnameAnnotation(route)];
}

function specHostnames(route: Manifest): RawHostname[] {
  const raw: RawHostname[] = [];
  asArray(route.spec.hostnames).forEach((host, index) => {
    const value = asString(host);
    if (value) raw.push({ value, path: ['spec', 'hostnames', index] });
  });
  return raw;
}

/** The names a route gets through the listeners of one parent Gateway that admit it. */
function attachedNames(
  route: Manifest,
  routeNames: readonly Hostname[],
  gateway: Manifest,
  key: string,
  ref: Record<string, unknown>,
): Hostname[] {
  // A Gateway that writes no namespace was found through the parentRef: it lives in that one.
  const gatewayNamespace = gateway.namespaceWritten ? gateway.namespace : key.slice(0, key.indexOf('/'));
  // As external-dns: a route without spec.hostnames takes the listener's, annotation or not.
  const takesListener = specHostnames(route).length === 0;
  const sectionName = asString(ref.sectionName);
  const port = asString(ref.port);
  const names: Hostname[] = [];
  asArray(gateway.spec.listeners).forEach((entry, index) => {
    const listener = asRecord(entry);
    if (sectionName !== undefined && asString(listener.name) !== sectionName) return;
    if (port !== undefined && asString(listener.port) !== port) return;
    if (!admits(listener, route, gatewayNamespace)) return;
    const written = asString(listener.hostname);
    const scratch: Diagnostic[] = [];
    const listenerName = written
      ? readHostnames(
          gateway,
          [{ value: written, path: ['spec', 'listeners', index, 'hostname'] }],
          scratch,
        )[0]
      : undefined;
    if (written && !listenerName) return;
    names.push(...intersect(routeNames, listenerName?.name, route, takesListener));
  });
  return names;
}

/** Route names narrowed by a listener hostname; the more specific of two matching names wins. */
function intersect(
  routeNames: readonly Hostname[],
  listener: string | undefined,
  route: Manifest,
  takesListener: boolean,
): Hostname[] {
  if (listener === undefined) return [...routeNames];
  const own = takesListener ? [{ name: listener, source: route.refAt() }] : [];
  return own.concat(
    routeNames.flatMap(({ name, source }) => {
      if (hostMatches(listener, name)) return [{ name, source }];
      if (hostMatches(name, listener)) return [{ name: listener, source }];
      return [];
    }),
  );
}

/** Whether a listener admits this route's kind and namespace (`allowedRoutes`). */
function admits(listener: Record<string, unknown>, route: Manifest, gatewayNamespace: string): boolean {
  const allowed = asRecord(listener.allowedRoutes);
  const kinds = asArray(allowed.kinds).flatMap((kind) => asString(asRecord(kind).kind) ?? []);
  const protocol = asString(listener.protocol) ?? '';
  const admitted = kinds.length > 0 ? kinds : (kindsByProtocol[protocol] ?? []);
  if (!admitted.includes(route.kind)) return false;
  const from = asString(asRecord(allowed.namespaces).from) ?? 'Same';
  // `Selector` depends on namespace labels that live in the cluster: assume it admits.
  return from !== 'Same' || route.namespace === gatewayNamespace;
}
