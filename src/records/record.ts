/**
 * The shared values of the pipeline: where a record came from, the records a repository desires,
 * and the rrsets a provider holds. Every stage (sources, ownership, plan, providers, report)
 * speaks in these types.
 */

/** Where a desired record or a diagnostic came from: a manifest document in the repository. */
export interface SourceRef {
  /** Repository-relative path, forward slashes. */
  file: string;
  /** 1-based line of the manifest document's start (or of the key that carries the name). */
  line: number;
  /** Kubernetes kind, e.g. `Service`, `Ingress`, `HTTPRoute`. */
  kind: string;
  namespace?: string;
  name: string;
}

/**
 * One record the repository desires: a name, a type and its sorted values.
 * TXT values are the text itself (unquoted, one logical string each); providers quote and split.
 * CNAME/NS/MX targets are lower-case names without a trailing dot.
 */
export interface DesiredRecord {
  name: string;
  type: string;
  targets: string[];
  /** Only set when the manifest says so; otherwise the planner does not compare TTLs. */
  ttlSeconds?: number;
  /** Provider-specific settings, e.g. `cloudflare-proxied: "true"`, `alias: "true"`. */
  providerSpecific?: Record<string, string>;
  /** `set-identifier` annotation, kept for providers with routing policies. */
  setIdentifier?: string;
  /** Every manifest that claims this record (identical claims are merged). */
  sources: SourceRef[];
}

/** One rrset as a provider holds it: what is read by `listRecords` and written by `applyChanges`. */
export interface Rrset {
  /** Lower-case ASCII FQDN without trailing dot. */
  name: string;
  /** Upper-case record type, e.g. `A`, `TXT`. */
  type: string;
  ttlSeconds: number;
  /** Sorted values in presentation form (TXT unquoted; names without trailing dot). */
  values: string[];
  providerSpecific?: Record<string, string>;
}

/** A change to one rrset, as a provider applies it. */
export type RrsetChange =
  | { kind: 'create'; after: Rrset }
  | { kind: 'update'; before: Rrset; after: Rrset }
  | { kind: 'delete'; before: Rrset };

/** The identity of an rrset within a zone. */
export function rrsetKey(r: { name: string; type: string }): string {
  return `${r.name}\u0000${r.type}`;
}
