import type { Config } from '../config/schema.js';
import type { Diagnostic } from '../records/diagnostic.js';
import { sortedUnique } from '../records/targets.js';
import { asArray, asRecord, asString } from './fields.js';
import type { ManifestIndex } from './manifest-index.js';
import { objectKey } from './manifest.js';
import type { RawHostname } from './read-hostnames.js';
import {
  annotationTargets,
  configuredTargets,
  defaultTargets,
  firstNonEmpty,
  serviceTargets,
} from './resolve-targets.js';
import type { Manifest } from './source.js';

/** A host of an Istio Gateway server, split from its `namespace/` prefix. */
export interface GatewayHost extends RawHostname {
  /** `*` (any), `.` (the Gateway's own namespace), a namespace, or undefined (no prefix: any). */
  namespace?: string;
}

/** `spec.servers[].hosts[]`, each with any `ns/` prefix split off. */
export function istioGatewayHosts(gateway: Manifest): GatewayHost[] {
  const hosts: GatewayHost[] = [];
  asArray(gateway.spec.servers).forEach((server, serverIndex) => {
    asArray(asRecord(server).hosts).forEach((host, hostIndex) => {
      const written = asString(host);
      if (!written) return;
      const slash = written.indexOf('/');
      const path = ['spec', 'servers', serverIndex, 'hosts', hostIndex];
      hosts.push(
        slash === -1
          ? { value: written, path }
          : { value: written.slice(slash + 1), path, namespace: written.slice(0, slash) },
      );
    });
  });
  return hosts;
}

/**
 * Where an Istio Gateway's names point (SPEC 3.3 steps 1, 3, 6): its `target` annotation; the
 * Services anywhere in the manifests whose selector contains all of the Gateway's selector
 * labels; the config's mapping by `namespace/name` or by selector `key=value`; the default.
 */
export function istioGatewayTargets(
  gateway: Manifest,
  config: Config,
  index: ManifestIndex,
  diagnostics: Diagnostic[],
): string[] {
  return firstNonEmpty(
    () => annotationTargets(gateway, diagnostics),
    () => selectedServiceTargets(gateway, index, diagnostics),
    () => mappedTargets(config, objectKey(gateway), selectorOf(gateway)),
    () => defaultTargets(config),
  );
}

/** The config's `targets.istio-gateways` entry for a Gateway known by key and selector. */
export function mappedTargets(config: Config, key: string, selector: Record<string, string>): string[] {
  const mapping = config.targets['istio-gateways'];
  const byKey = configuredTargets(mapping[key]);
  if (byKey.length > 0) return byKey;
  const matching = Object.keys(mapping)
    .filter((entry) => !entry.includes('/') && selectorMatches(entry, selector))
    .sort();
  return sortedUnique(matching.flatMap((entry) => configuredTargets(mapping[entry])));
}

function selectorMatches(entry: string, selector: Record<string, string>): boolean {
  const pairs = entry.split(',').map((pair) => pair.trim().split('='));
  return pairs.every(
    ([key, value]) => key !== undefined && value !== undefined && selector[key.trim()] === value.trim(),
  );
}

function selectorOf(manifest: Manifest): Record<string, string> {
  const selector: Record<string, string> = {};
  for (const [key, value] of Object.entries(asRecord(manifest.spec.selector))) {
    const text = asString(value);
    if (text !== undefined) selector[key] = text;
  }
  return selector;
}

function selectedServiceTargets(
  gateway: Manifest,
  index: ManifestIndex,
  diagnostics: Diagnostic[],
): string[] {
  const wanted = Object.entries(selectorOf(gateway));
  if (wanted.length === 0) return [];
  const targets = index.services
    .filter((service) => {
      const selector = selectorOf(service);
      return wanted.every(([key, value]) => selector[key] === value);
    })
    .flatMap((service) => serviceTargets(service, diagnostics));
  return sortedUnique(targets);
}
