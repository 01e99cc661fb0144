import type { Diagnostic } from '../records/diagnostic.js';
import type { EgressDiff } from '../records/egress.js';
import type { RrsetChange, SourceRef } from '../records/record.js';

/** The values of one rrset before or after a change. */
export interface RecordState {
  ttlSeconds: number;
  /** Sorted. */
  targets: string[];
  providerSpecific?: Record<string, string>;
}

/** A change the plan shows to a reviewer (ownership records travel with it and are not listed). */
export type Change =
  | { kind: 'create'; name: string; type: string; after: RecordState; sources: SourceRef[] }
  | {
      kind: 'update';
      name: string;
      type: string;
      before: RecordState;
      after: RecordState;
      sources: SourceRef[];
      /** Why an update whose record state does not change is listed, e.g. an ownership-record migration. */
      why?: string;
    }
  | { kind: 'delete'; name: string; type: string; before: RecordState };

export type ConflictReason =
  | 'owned-by-other'
  | 'not-owned'
  | 'claimed-twice'
  | 'cname-and-other'
  | 'apex-needs-prefix'
  | 'unsupported-type';

/** A desired record the plan will not touch, with the reason. */
export interface Conflict {
  name: string;
  type: string;
  reason: ConflictReason;
  /** The foreign owner, for `owned-by-other`. */
  owner?: string;
  /** One sentence for a reviewer, naming the fix where there is one. */
  message: string;
  sources?: SourceRef[];
}

/** Everything the plan says about one managed zone. */
export interface ZonePlan {
  zone: string;
  /** Sorted: delete, create, update; then name, type (SPEC 5.5). */
  changes: Change[];
  /** Sorted by name, type, reason. */
  conflicts: Conflict[];
  /** What the provider applies: the changes plus their ownership TXT records. */
  rrsetChanges: RrsetChange[];
  /** Records in the zone owned by us before the change. */
  ownedCount: number;
  /** Set when the safety threshold blocks this zone's apply (SPEC 5.4); `--force` overrides. */
  blocked?: string;
  /** Owned records kept although nothing desires them, with why (unknown target, unreadable manifest, policy). */
  kept: { name: string; type: string; why: string }[];
}

/** The plan: a value that renderers show, the checksum protects, and apply executes. */
export interface Plan {
  /** sha256 hex over the canonical JSON of every zone's rrset changes (see plan/checksum.ts). */
  checksum: string;
  /** Sorted by zone name. */
  zones: ZonePlan[];
  /** Desired names that lie in no managed zone: reported, never touched. */
  outsideZones: { name: string; type: string; sources: SourceRef[] }[];
  diagnostics: Diagnostic[];
  /** Egress hosts and their diff against the base branch (SPEC 3.4). */
  egress?: EgressDiff;
}
