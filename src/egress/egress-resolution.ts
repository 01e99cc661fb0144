import { Resolver } from 'node:dns/promises';
import type { Diagnostic } from '../records/diagnostic.js';
import type { EgressHost } from '../records/egress.js';

/** What a lookup of one host found: addresses or a CNAME, nothing, or no answer at all. */
export type LookupResult = 'resolves' | 'missing' | { error: string };

/** Looks up a host name; implemented over real DNS by `createDnsLookup`. */
export type HostLookup = (host: string) => Promise<LookupResult>;

// Answers that prove the name does not exist (or has no address); anything else (timeouts,
// SERVFAIL, refused) says nothing about the host and must not be reported as stale.
const missingCodes = new Set(['ENOTFOUND', 'ENODATA', 'NXDOMAIN']);

/** A lookup over real DNS: the system resolver, or `host:port` servers when given. */
export function createDnsLookup(servers?: readonly string[], timeoutMs = 3000): HostLookup {
  const resolver = new Resolver({ timeout: timeoutMs, tries: 2 });
  if (servers && servers.length > 0) resolver.setServers([...servers]);
  return async (host) => {
    const attempts = [resolver.resolve4(host), resolver.resolve6(host), resolver.resolveCname(host)];
    const settled = await Promise.allSettled(attempts);
    if (settled.some((s) => s.status === 'fulfilled' && s.value.length > 0)) return 'resolves';
    const codes = settled.map((s) =>
      s.status === 'rejected' ? String((s.reason as { code?: string }).code) : 'ENODATA',
    );
    if (codes.every((c) => missingCodes.has(c))) return 'missing';
    return { error: codes.find((c) => !missingCodes.has(c)) ?? 'unknown' };
  };
}

/** The lookup the config's `egress.resolver` asks for: `off`, `host:port` servers, or the system's. */
export function lookupForSetting(resolver: string | undefined): HostLookup | undefined {
  if (resolver === 'off') return undefined;
  const servers = resolver
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return createDnsLookup(servers);
}

/** Egress hosts reported stale by a plan's diagnostics (drift). */
export function staleEgressCount(diagnostics: readonly Diagnostic[]): number {
  return diagnostics.filter((d) => d.code === 'egress-stale').length;
}

/** Whether a host is looked up at all: wildcards and hosts with static addresses are not. */
export function needsLookup(host: EgressHost): boolean {
  if (host.host.includes('*')) return false;
  return host.resolution === undefined || host.resolution === 'DNS' || host.resolution === 'DNS_ROUND_ROBIN';
}

/**
 * Drift check of the egress inventory: hosts that no longer resolve are stale entries (a warning
 * on the ServiceEntry line); hosts the resolver could not answer for are reported as info.
 */
export async function checkEgressResolution(
  hosts: readonly EgressHost[],
  lookup: HostLookup,
): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const host of hosts.filter(needsLookup)) {
    const result = await lookup(host.host);
    if (result === 'resolves') continue;
    const source = host.sources[0];
    const at = source ? { file: source.file, line: source.line } : {};
    diagnostics.push(
      result === 'missing'
        ? {
            severity: 'warning',
            code: 'egress-stale',
            message: `egress host ${host.host} no longer resolves: a stale ServiceEntry host?`,
            ...at,
          }
        : {
            severity: 'info',
            code: 'egress-unchecked',
            message: `egress host ${host.host} could not be checked (${result.error})`,
            ...at,
          },
    );
  }
  return diagnostics;
}
