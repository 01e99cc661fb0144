import type { Diagnostic } from '../records/diagnostic.js';
import type { EgressHost } from '../records/egress.js';
import { patternCovers, patternOverlaps } from './host-pattern.js';

/** The config's `egress:` section. */
export interface EgressPolicy {
  /** When set, every egress host must be covered by one of these. */
  allow?: readonly string[];
  deny: readonly string[];
  /** Hosts overlapping these must be routed through an egress gateway. */
  'require-gateway': readonly string[];
}

/** Checks every egress host against the policy; each violation is an error on its ServiceEntry line. */
export function checkEgressPolicy(hosts: readonly EgressHost[], policy: EgressPolicy): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const host of hosts) {
    const problems: string[] = [];
    const denied = policy.deny.find((p) => patternOverlaps(p, host.host));
    if (denied) problems.push(`egress host ${host.host} matches deny pattern ${denied}`);
    if (policy.allow && !policy.allow.some((p) => patternCovers(p, host.host)))
      problems.push(
        `egress host ${host.host} is not covered by any allow pattern (${policy.allow.join(', ') || 'none'})`,
      );
    const needsGateway = policy['require-gateway'].find((p) => patternOverlaps(p, host.host));
    if (needsGateway && host.via !== 'gateway')
      problems.push(
        `egress host ${host.host} must be routed through an egress gateway (require-gateway ${needsGateway}) but goes out directly`,
      );
    for (const message of problems)
      for (const source of host.sources)
        diagnostics.push({
          severity: 'error',
          code: 'egress-policy',
          message,
          file: source.file,
          line: source.line,
          key: 'spec.hosts',
        });
  }
  return diagnostics;
}
