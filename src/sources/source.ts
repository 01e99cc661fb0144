import type { Config } from '../config/schema.js';
import type { KeyPath, ManifestDocument } from '../manifests/parse-documents.js';
import type { Diagnostic } from '../records/diagnostic.js';
import type { EgressHost } from '../records/egress.js';
import type { SourceRef } from '../records/record.js';
import type { ManifestIndex } from './manifest-index.js';

/** A Kubernetes object read from a manifest, with the metadata every source needs. */
export interface Manifest {
  doc: ManifestDocument;
  kind: string;
  apiVersion: string;
  name: string;
  /** `metadata.namespace`, or `default` when the manifest leaves it out. */
  namespace: string;
  /** Whether the manifest wrote a namespace (SourceRef only carries one then). */
  namespaceWritten: boolean;
  annotations: Readonly<Record<string, unknown>>;
  spec: Readonly<Record<string, unknown>>;
  /** Where this object is, pointing at the line of `path` (default: the object's start). */
  refAt(path?: KeyPath): SourceRef;
}

/** What a source says one manifest wants: a name pointing at targets. */
export interface Claim {
  name: string;
  /** Set when the manifest names the type (DNSEndpoint); otherwise inferred from each target. */
  type?: string;
  /** Empty when no target could be resolved: the name is then *unknown*. */
  targets: string[];
  ttlSeconds?: number;
  providerSpecific?: Record<string, string>;
  setIdentifier?: string;
  source: SourceRef;
}

/** What a source returns for one manifest. */
export interface SourceOutput {
  claims: Claim[];
  egress: EgressHost[];
  diagnostics: Diagnostic[];
}

/** What a source may consult beyond its own manifest. */
export interface SourceContext {
  config: Config;
  index: ManifestIndex;
}

/** Turns manifests of one kind into claims (or egress hosts). Adding a kind is one more Source. */
export interface Source {
  /** Short name, e.g. `service`, `istio-gateway`. */
  id: string;
  /** Kubernetes kinds this source reads (the parser skips every other kind). */
  kinds: readonly string[];
  accepts(manifest: Manifest): boolean;
  read(manifest: Manifest, context: SourceContext): SourceOutput;
}

/** An empty output to add to. */
export function emptyOutput(): SourceOutput {
  return { claims: [], egress: [], diagnostics: [] };
}
