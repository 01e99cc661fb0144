import { ListResourceRecordSetsCommand } from '@aws-sdk/client-route-53';
import type { ResourceRecordSet, RRType } from '@aws-sdk/client-route-53';
import type { Route53Api } from './hosted-zone-lookup.js';

/** AWS's largest page of ListResourceRecordSets. */
export const MAX_PAGE_SIZE = 300;

/**
 * Every record set of a hosted zone. The SDK ships no paginator for this operation because its
 * cursor is three fields (NextRecordName, NextRecordType, NextRecordIdentifier), so this loop
 * passes them back as StartRecordName/Type/Identifier until IsTruncated is false.
 */
export async function listRecordSets(
  client: Route53Api,
  zoneId: string,
  pageSize = MAX_PAGE_SIZE,
): Promise<ResourceRecordSet[]> {
  const sets: ResourceRecordSet[] = [];
  let start: { name?: string; type?: RRType; identifier?: string } = {};
  for (;;) {
    const page = await client.send(
      new ListResourceRecordSetsCommand({
        HostedZoneId: zoneId,
        StartRecordName: start.name,
        StartRecordType: start.type,
        StartRecordIdentifier: start.identifier,
        MaxItems: pageSize,
      }),
    );
    sets.push(...(page.ResourceRecordSets ?? []));
    if (!page.IsTruncated) return sets;
    if (!page.NextRecordName)
      throw new Error('route53: truncated ListResourceRecordSets page without NextRecordName');
    start = { name: page.NextRecordName, type: page.NextRecordType, identifier: page.NextRecordIdentifier };
  }
}
