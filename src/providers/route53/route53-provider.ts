import { ChangeResourceRecordSetsCommand, GetChangeCommand } from '@aws-sdk/client-route-53';
import type { Change, ResourceRecordSet } from '@aws-sdk/client-route-53';
import { GitopsDnsError } from '../../errors.js';
import { rrsetKey } from '../../records/record.js';
import type { Rrset, RrsetChange } from '../../records/record.js';
import { standardRecordTypes, type Provider } from '../provider.js';
import { findHostedZoneId, stripPrefix } from './hosted-zone-lookup.js';
import type { Route53Api } from './hosted-zone-lookup.js';
import { listRecordSets, MAX_PAGE_SIZE } from './list-record-sets.js';
import { route53Batches } from './route53-batches.js';
import { awsAliasTarget } from './alias-target.js';
import {
  ALIAS_TTL_SECONDS,
  fromRoute53RecordSets,
  modelKeyOf,
  toRoute53RecordSets,
} from './route53-record-sets.js';
import type { AliasSettings } from './route53-record-sets.js';

export interface Route53ProviderOptions {
  /** The SDK client (its retry strategy handles throttling; see route53-client.ts). */
  client: Route53Api;
  /** Look up private hosted zones instead of public ones. */
  privateZones: boolean;
  /** Default of the `alias` annotation: CNAMEs to AWS load balancers, CloudFront, API Gateway become alias records. */
  aliasDefault: boolean;
  /** Default `EvaluateTargetHealth` of alias records. */
  evaluateTargetHealth: boolean;
  /** After applying, poll GetChange until every change batch is INSYNC. */
  waitForInsync: boolean;
  log: (message: string) => void;
  /** Injected so tests wait no wall-clock time. */
  sleep?: (ms: number) => Promise<void>;
  /** Records per ListResourceRecordSets page (AWS allows at most 300). */
  pageSize?: number;
  /** Poll interval and limit of the INSYNC wait. */
  insyncPollMs?: number;
  insyncTimeoutMs?: number;
}

const SUPPORTED_TYPES = standardRecordTypes;

/** Route 53 through the AWS SDK: hosted zones by name, paginated listing, batched atomic changes. */
export class Route53Provider implements Provider {
  readonly name = 'route53';
  readonly supportedTypes = SUPPORTED_TYPES;
  private readonly zoneIds = new Map<string, Promise<string>>();
  /** The record sets of each zone as last listed, so updates and deletes send Route 53's exact values back. */
  private readonly listed = new Map<string, Map<string, ResourceRecordSet[]>>();

  constructor(private readonly options: Route53ProviderOptions) {}

  /**
   * An alias record has no TTL of its own and reads back with ALIAS_TTL_SECONDS, so a CNAME that
   * will be written as an alias is planned with that TTL: a manifest TTL never becomes a perpetual diff.
   */
  normalizeRrset(rrset: Rrset): Rrset {
    if (rrset.type !== 'CNAME' || rrset.values.length !== 1 || !awsAliasTarget(rrset.values[0]!))
      return rrset;
    const wanted = rrset.providerSpecific?.alias;
    const alias = wanted === undefined ? this.options.aliasDefault : wanted === 'true';
    return alias ? { ...rrset, ttlSeconds: ALIAS_TTL_SECONDS } : rrset;
  }

  async listRecords(zone: string): Promise<Rrset[]> {
    const zoneId = await this.zoneId(zone);
    const sets = await this.call(`listing ${zone}`, () =>
      listRecordSets(this.options.client, zoneId, this.options.pageSize ?? MAX_PAGE_SIZE),
    );
    const byKey = new Map<string, ResourceRecordSet[]>();
    for (const set of sets) byKey.set(modelKeyOf(set), [...(byKey.get(modelKeyOf(set)) ?? []), set]);
    this.listed.set(zone, byKey);
    return fromRoute53RecordSets(sets, this.options.log);
  }

  async applyChanges(zone: string, changes: readonly RrsetChange[]): Promise<void> {
    if (changes.length === 0) return;
    this.refuseUnsupported(changes);
    this.refuseRoutingPolicies(zone, changes);
    const zoneId = await this.zoneId(zone);
    const settings: AliasSettings = {
      zone,
      zoneId,
      aliasDefault: this.options.aliasDefault,
      evaluateTargetHealth: this.options.evaluateTargetHealth,
    };
    const batches = route53Batches(changes, {
      current: (rrset) => this.listedSets(zone, rrset) ?? toRoute53RecordSets(rrset, settings),
      desired: (rrset) => toRoute53RecordSets(rrset, settings),
    });
    const changeIds: string[] = [];
    try {
      for (const [index, batch] of batches.entries()) {
        changeIds.push(await this.sendBatch(zone, zoneId, batch, index, batches.length));
      }
    } finally {
      // The zone changed (maybe partly): the next apply must work from a fresh listing.
      this.listed.delete(zone);
    }
    this.options.log(`route53: ${zone}: applied ${changes.length} change(s) in ${batches.length} request(s)`);
    if (this.options.waitForInsync) await this.waitForInsync(zone, changeIds);
  }

  private async sendBatch(
    zone: string,
    zoneId: string,
    batch: Change[],
    index: number,
    total: number,
  ): Promise<string> {
    const applied = index === 0 ? 'none were applied' : `requests 1-${index} were applied`;
    const response = await this.call(`request ${index + 1} of ${total} for ${zone} (${applied})`, () =>
      this.options.client.send(
        new ChangeResourceRecordSetsCommand({
          HostedZoneId: zoneId,
          ChangeBatch: { Comment: `gitops-dns ${index + 1}/${total}`, Changes: batch },
        }),
      ),
    );
    return stripPrefix(response.ChangeInfo?.Id ?? '');
  }

  /** The record sets last listed for this rrset, when they still decode to exactly what the plan saw. */
  private listedSets(zone: string, rrset: Rrset): ResourceRecordSet[] | undefined {
    const sets = this.listed.get(zone)?.get(rrsetKey(rrset));
    const seen = sets && fromRoute53RecordSets(sets)[0];
    if (!seen || seen.ttlSeconds !== rrset.ttlSeconds) return undefined;
    return seen.values.join('\n') === [...rrset.values].sort().join('\n') ? sets : undefined;
  }

  private async waitForInsync(zone: string, changeIds: readonly string[]): Promise<void> {
    const sleep =
      this.options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    const pollMs = this.options.insyncPollMs ?? 5_000;
    const deadline = Date.now() + (this.options.insyncTimeoutMs ?? 10 * 60_000);
    for (const id of changeIds) {
      for (;;) {
        const response = await this.call(`waiting for change ${id}`, () =>
          this.options.client.send(new GetChangeCommand({ Id: id })),
        );
        if (response.ChangeInfo?.Status === 'INSYNC') break;
        if (Date.now() > deadline) {
          throw new GitopsDnsError(
            'provider',
            `route53: ${zone}: change ${id} was applied but is not INSYNC yet`,
          );
        }
        await sleep(pollMs);
      }
    }
    this.options.log(`route53: ${zone}: ${changeIds.length} change batch(es) INSYNC`);
  }

  private refuseUnsupported(changes: readonly RrsetChange[]): void {
    for (const change of changes) {
      const rrset = change.kind === 'delete' ? change.before : change.after;
      if (!SUPPORTED_TYPES.has(rrset.type)) {
        throw new GitopsDnsError(
          'provider',
          `route53: ${rrset.name} ${rrset.type}: record type not supported`,
        );
      }
    }
  }

  /**
   * The model holds one rrset per name and type, so record sets with a routing policy (weighted,
   * latency, failover... told apart by SetIdentifier) list as their first set only. Writing that
   * rrset would delete or replace every set of the name and type, including ones the plan never
   * showed: refuse instead. (Without a listing, a DELETE names no SetIdentifier and AWS refuses it.)
   */
  private refuseRoutingPolicies(zone: string, changes: readonly RrsetChange[]): void {
    const listed = this.listed.get(zone);
    if (!listed) return;
    for (const change of changes) {
      const states =
        change.kind === 'update'
          ? [change.before, change.after]
          : [change.kind === 'delete' ? change.before : change.after];
      for (const rrset of states) {
        const ids = (listed.get(rrsetKey(rrset)) ?? []).flatMap((set) => set.SetIdentifier ?? []);
        if (ids.length === 0) continue;
        throw new GitopsDnsError(
          'provider',
          `route53: ${rrset.name} ${rrset.type}: the zone holds record sets with routing policies here ` +
            `(set identifiers ${ids.join(', ')}), which gitops-dns does not manage; nothing was written`,
        );
      }
    }
  }

  private zoneId(zone: string): Promise<string> {
    let id = this.zoneIds.get(zone);
    if (!id) {
      id = this.call(`looking up hosted zone ${zone}`, () =>
        findHostedZoneId(this.options.client, zone, this.options.privateZones),
      );
      // A failed look-up is not cached, so a later call can succeed.
      id.catch(() => this.zoneIds.delete(zone));
      this.zoneIds.set(zone, id);
    }
    return id;
  }

  /** Runs one SDK call, turning its failure into a provider error that says what was being done. */
  private async call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof GitopsDnsError) throw error;
      throw new GitopsDnsError('provider', `route53: ${what}: ${describeAwsError(error)}`, { cause: error });
    }
  }
}

/** AWS's own words: the error code, its message, and InvalidChangeBatch's list of messages. */
function describeAwsError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const messages = (error as { messages?: unknown }).messages;
  const detail = Array.isArray(messages) && messages.length > 0 ? `: ${messages.join('; ')}` : '';
  return `${error.name}: ${error.message}${detail}`;
}
