import type { ResourceRecordSet } from '@aws-sdk/client-route-53';
import { GitopsDnsError } from '../../errors.js';
import type { Rrset } from '../../records/record.js';
import { awsAliasTarget } from './alias-target.js';
import { decodeRecordValue, encodeRecordValue } from './record-value.js';
import { isInZone } from '../../records/dns-name.js';
import { decodeRoute53Name, encodeRoute53Name } from './route53-name.js';

/**
 * Our rrsets <-> Route 53 ResourceRecordSets.
 *
 * Alias records have no place in a provider-neutral model, so they travel as what they mean: a
 * CNAME. Writing, a CNAME that qualifies (see `aliasPlan`) becomes an A alias (plus an AAAA alias
 * for dual-stack targets). Reading, every A/AAAA alias at a name folds back into one CNAME whose
 * value is the alias DNS name and whose providerSpecific says `alias: "true"`, which is exactly
 * what the repository desires, so a second plan finds nothing to change.
 */

export interface AliasSettings {
  /** The zone apex, e.g. `example.com`. */
  zone: string;
  /** The hosted zone id, used when an apex alias points at a name inside the zone. */
  zoneId: string;
  /** Config default for the `alias` annotation. */
  aliasDefault: boolean;
  /** Config default for `evaluate-target-health`. */
  evaluateTargetHealth: boolean;
}

/** TTL reported for alias records, which have none of their own (Route 53 uses the target's). */
export const ALIAS_TTL_SECONDS = 300;

interface AliasPlan {
  hostedZoneId: string;
  dnsName: string;
  types: ('A' | 'AAAA')[];
  evaluateTargetHealth: boolean;
}

/**
 * Whether a CNAME is written as an alias: at the apex always (DNS forbids a CNAME there), elsewhere
 * when the target is an AWS alias target and the `alias` setting (annotation, else config) is on.
 */
export function aliasPlan(rrset: Rrset, settings: AliasSettings): AliasPlan | undefined {
  if (rrset.type !== 'CNAME') return undefined;
  const target = rrset.values[0];
  const isApex = rrset.name === settings.zone;
  const wanted = rrset.providerSpecific?.alias;
  const enabled = wanted === undefined ? settings.aliasDefault : wanted === 'true';
  if (target === undefined || rrset.values.length !== 1) {
    if (isApex) throw apexError(rrset, 'a CNAME at the zone apex must have exactly one target');
    return undefined;
  }
  const aws = awsAliasTarget(target);
  const evaluate =
    (rrset.providerSpecific?.['evaluate-target-health'] ?? String(settings.evaluateTargetHealth)) === 'true';
  if (aws && (enabled || isApex)) {
    return {
      hostedZoneId: aws.hostedZoneId,
      dnsName: target,
      types: aws.ipv6 ? ['A', 'AAAA'] : ['A'],
      evaluateTargetHealth: evaluate && aws.canEvaluateHealth,
    };
  }
  if (!isApex) return undefined;
  if (isInZone(target, settings.zone)) {
    return { hostedZoneId: settings.zoneId, dnsName: target, types: ['A'], evaluateTargetHealth: evaluate };
  }
  throw apexError(
    rrset,
    `${target} is neither an AWS load balancer, CloudFront or API Gateway name nor a name in the zone`,
  );
}

function apexError(rrset: Rrset, why: string): GitopsDnsError {
  return new GitopsDnsError(
    'provider',
    `route53: ${rrset.name} CNAME: Route 53 cannot hold a CNAME at the zone apex and writes an alias instead, but ${why}`,
  );
}

/** The Route 53 record sets that hold one of our rrsets (two for a dual-stack alias). */
export function toRoute53RecordSets(rrset: Rrset, settings: AliasSettings): ResourceRecordSet[] {
  const alias = aliasPlan(rrset, settings);
  if (alias) {
    return alias.types.map((type) => ({
      Name: encodeRoute53Name(rrset.name),
      Type: type,
      AliasTarget: {
        HostedZoneId: alias.hostedZoneId,
        DNSName: encodeRoute53Name(alias.dnsName),
        EvaluateTargetHealth: alias.evaluateTargetHealth,
      },
    }));
  }
  return [
    {
      Name: encodeRoute53Name(rrset.name),
      Type: rrset.type as ResourceRecordSet['Type'],
      TTL: rrset.ttlSeconds,
      ResourceRecords: rrset.values.map((value) => ({ Value: encodeRecordValue(rrset.type, value) })),
    },
  ];
}

/**
 * Route 53 record sets (one listing, any order) -> our rrsets, sorted by name and type.
 * Records with routing policies (SetIdentifier) have no place in the model: the first of each
 * name and type is kept, so the planner still sees the name as taken; `onSkip` hears of the rest.
 */
export function fromRoute53RecordSets(
  sets: readonly ResourceRecordSet[],
  onSkip: (message: string) => void = () => {},
): Rrset[] {
  const byKey = new Map<string, Rrset>();
  for (const set of sets) {
    const rrset = set.AliasTarget ? fromAlias(set) : fromPlain(set);
    if (!rrset) continue;
    const key = `${rrset.name}\u0000${rrset.type}`;
    const existing = byKey.get(key);
    if (!existing) byKey.set(key, rrset);
    else if (set.AliasTarget && existing.providerSpecific?.alias === 'true')
      mergeValues(existing, rrset.values);
    else
      onSkip(
        `route53: ${rrset.name} ${rrset.type}: skipped record set ${set.SetIdentifier ?? ''} (routing policies are not managed)`,
      );
  }
  return [...byKey.values()].sort((a, b) => (a.name === b.name ? cmp(a.type, b.type) : cmp(a.name, b.name)));
}

/** The (name, type) of our rrset that a Route 53 record set contributes to (aliases: the CNAME). */
export function modelKeyOf(set: ResourceRecordSet): string {
  const type = set.AliasTarget && (set.Type === 'A' || set.Type === 'AAAA') ? 'CNAME' : (set.Type ?? '');
  return `${decodeRoute53Name(set.Name ?? '')}\u0000${type}`;
}

function fromPlain(set: ResourceRecordSet): Rrset | undefined {
  if (!set.Name || !set.Type) return undefined;
  const values = (set.ResourceRecords ?? []).map((r) => decodeRecordValue(set.Type!, r.Value ?? ''));
  return {
    name: decodeRoute53Name(set.Name),
    type: set.Type,
    ttlSeconds: set.TTL ?? 0,
    values: values.sort(cmp),
  };
}

function fromAlias(set: ResourceRecordSet): Rrset | undefined {
  if (!set.Name || !set.AliasTarget?.DNSName) return undefined;
  // An alias of another type (CNAME, MX, TXT... to a record of the zone) has no ResourceRecords:
  // its target is the only value it has, and an empty rrset would misreport it.
  return {
    name: decodeRoute53Name(set.Name),
    type: set.Type === 'A' || set.Type === 'AAAA' ? 'CNAME' : (set.Type ?? 'CNAME'),
    ttlSeconds: ALIAS_TTL_SECONDS,
    values: [decodeRoute53Name(set.AliasTarget.DNSName)],
    providerSpecific: { alias: 'true' },
  };
}

function mergeValues(rrset: Rrset, values: readonly string[]): void {
  rrset.values = [...new Set([...rrset.values, ...values])].sort(cmp);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
