import type { SourceRef } from './record.js';

/** A port of an egress host as its ServiceEntry declares it. */
export interface EgressPort {
  number: number;
  /** Upper-case protocol, e.g. `HTTPS`, `TLS`, `TCP`. */
  protocol: string;
  name?: string;
}

/** An external destination the mesh may call (ServiceEntry with `location: MESH_EXTERNAL`). */
export interface EgressHost {
  /** Lower-case host, may be a `*.` wildcard. */
  host: string;
  /** Sorted by number, then protocol. */
  ports: EgressPort[];
  /** ServiceEntry `resolution`: NONE | STATIC | DNS | DNS_ROUND_ROBIN. */
  resolution?: string;
  /** Namespaces the entry is exported to; absent means all. */
  exportTo?: string[];
  /** Whether traffic is routed through an egress gateway. */
  via?: 'gateway' | 'direct';
  sources: SourceRef[];
}

/** Egress hosts compared with the base branch. */
export interface EgressDiff {
  /** The base revision compared against, when there is one. */
  base?: string;
  added: EgressHost[];
  removed: EgressHost[];
  changed: { host: string; before: EgressHost; after: EgressHost; what: string[] }[];
  /** Every egress host of the head revision. */
  hosts: EgressHost[];
}
