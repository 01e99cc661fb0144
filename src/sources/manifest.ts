import type { ManifestDocument } from '../manifests/parse-documents.js';
import { asRecord, asString } from './fields.js';
import type { Manifest } from './source.js';

/** Reads the metadata every source needs from a parsed document. */
export function toManifest(doc: ManifestDocument): Manifest {
  const metadata = asRecord(doc.value.metadata);
  const written = asString(metadata.namespace);
  const name = asString(metadata.name) ?? '';
  const namespace = written ?? 'default';
  return {
    doc,
    kind: doc.kind,
    apiVersion: doc.apiVersion,
    name,
    namespace,
    namespaceWritten: written !== undefined,
    annotations: asRecord(metadata.annotations),
    spec: asRecord(doc.value.spec),
    refAt: (path) => ({
      file: doc.file,
      line: path ? doc.lineOf(path) : doc.line,
      kind: doc.kind,
      ...(written !== undefined ? { namespace: written } : {}),
      name,
    }),
  };
}

/** `namespace/name`, the key used to find objects and in the config's `targets:` mapping. */
export function objectKey(manifest: Pick<Manifest, 'namespace' | 'name'>): string {
  return `${manifest.namespace}/${manifest.name}`;
}

/** API groups, so a Gateway API `Gateway` is not taken for an Istio `Gateway`. */
export function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash === -1 ? '' : apiVersion.slice(0, slash);
}
