import { apiGroup, objectKey } from './manifest.js';
import type { Manifest } from './source.js';

/** The objects that other objects point at: Services (by selector) and Gateways (by key). */
export interface ManifestIndex {
  services: readonly Manifest[];
  /** Istio Gateways by `namespace/name`. */
  istioGateways: ReadonlyMap<string, readonly Manifest[]>;
  /** Gateway API Gateways by `namespace/name`. */
  gateways: ReadonlyMap<string, readonly Manifest[]>;
}

export function buildManifestIndex(manifests: readonly Manifest[]): ManifestIndex {
  const services: Manifest[] = [];
  const istioGateways = new Map<string, Manifest[]>();
  const gateways = new Map<string, Manifest[]>();
  for (const manifest of manifests) {
    const group = apiGroup(manifest.apiVersion);
    if (manifest.kind === 'Service' && group === '') services.push(manifest);
    if (manifest.kind !== 'Gateway') continue;
    const byKey =
      group === 'networking.istio.io'
        ? istioGateways
        : group === 'gateway.networking.k8s.io'
          ? gateways
          : undefined;
    if (!byKey) continue;
    const key = objectKey(manifest);
    byKey.set(key, [...(byKey.get(key) ?? []), manifest]);
  }
  return { services, istioGateways, gateways };
}

/**
 * The object named `key`. Several folders of one repository (overlays, examples) may hold
 * objects of one name; the one in the referring manifest's own file is the one meant.
 * Kustomize and Flux often set the namespace at deploy time, so an object that writes no
 * namespace is taken as the one meant when no object has the exact key.
 */
export function findObject(
  byKey: ReadonlyMap<string, readonly Manifest[]>,
  key: string,
  fromFile: string,
): Manifest | undefined {
  const found = byKey.get(key) ?? [];
  const exact = found.find((candidate) => candidate.doc.file === fromFile) ?? found[0];
  if (exact) return exact;
  const name = key.slice(key.indexOf('/') + 1);
  const unplaced = (byKey.get(`default/${name}`) ?? []).filter((candidate) => !candidate.namespaceWritten);
  return unplaced.find((candidate) => candidate.doc.file === fromFile) ?? unplaced[0];
}
