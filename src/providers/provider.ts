import type { Rrset, RrsetChange } from '../records/record.js';

/**
 * What every DNS provider implements. A provider knows nothing about ownership or plans:
 * it lists a zone's rrsets and applies a zone's rrset changes (ownership TXT records included),
 * as atomically as its API allows.
 */
export interface Provider {
  /** Short name used in messages, e.g. `zonefile`, `powerdns`. */
  readonly name: string;
  /** Every rrset of the zone (apex SOA/NS included), names lower-case without trailing dot. */
  listRecords(zone: string): Promise<Rrset[]>;
  /** Applies all changes of one zone; throws GitopsDnsError('provider') naming the rrset on failure. */
  applyChanges(zone: string, changes: readonly RrsetChange[]): Promise<void>;
  /** Record types this provider can write. */
  readonly supportedTypes: ReadonlySet<string>;
  /**
   * Optional: the rrset as this provider would store and list it (e.g. Cloudflare gives proxied
   * records TTL 1 "auto", raises TTLs below 120 and fills in the configured `cloudflare-proxied`
   * default). The planner compares current rrsets with the normalized desired ones, so a provider's
   * own rules never show up as a perpetual diff. Providers without such rules leave it out.
   */
  normalizeRrset?(rrset: Rrset): Rrset;
}

/** What a provider factory gets besides its config section: the only way secrets reach a provider. */
export interface ProviderContext {
  /** Environment variables (secrets, SDK endpoint overrides); never read process.env directly. */
  env: Readonly<Record<string, string | undefined>>;
  /** Absolute folder of the config file; relative paths in the config resolve against it. */
  baseDir: string;
  /** Progress and warnings, one line each (goes to stderr / the Action log). */
  log: (message: string) => void;
}

/** The record types most providers write: the planner's whole vocabulary but SOA. */
export const standardRecordTypes: ReadonlySet<string> = new Set([
  'A',
  'AAAA',
  'CNAME',
  'TXT',
  'MX',
  'NS',
  'SRV',
  'CAA',
  'PTR',
]);
