import { ListHostedZonesByNameCommand } from '@aws-sdk/client-route-53';
import type { ListHostedZonesByNameCommandOutput, Route53Client } from '@aws-sdk/client-route-53';
import { GitopsDnsError } from '../../errors.js';
import { decodeRoute53Name, encodeRoute53Name } from './route53-name.js';

/** The part of the SDK client the provider uses; tests pass a real client aimed at a local server. */
export type Route53Api = Pick<Route53Client, 'send'>;

/**
 * Finds the one hosted zone named `zone` of the wanted visibility (public or private).
 * ListHostedZonesByName lists zones in name order starting at `DNSName`, so the loop stops at the
 * first zone with another name. None, or two of the same name and visibility, is an error: writing
 * to the wrong one of two look-alike zones would be silent and hard to undo.
 */
export async function findHostedZoneId(
  client: Route53Api,
  zone: string,
  privateZones: boolean,
): Promise<string> {
  const matches: string[] = [];
  let dnsName: string | undefined = encodeRoute53Name(zone);
  let hostedZoneId: string | undefined;
  while (dnsName !== undefined) {
    const page: ListHostedZonesByNameCommandOutput = await client.send(
      new ListHostedZonesByNameCommand({ DNSName: dnsName, HostedZoneId: hostedZoneId, MaxItems: 100 }),
    );
    let passed = false;
    for (const hz of page.HostedZones ?? []) {
      if (decodeRoute53Name(hz.Name ?? '') !== zone) {
        passed = true;
        break;
      }
      if ((hz.Config?.PrivateZone ?? false) === privateZones && hz.Id) matches.push(stripPrefix(hz.Id));
    }
    const more: boolean = page.IsTruncated === true && !passed && page.NextDNSName !== undefined;
    dnsName = more ? page.NextDNSName : undefined;
    hostedZoneId = more ? page.NextHostedZoneId : undefined;
  }
  const visibility = privateZones ? 'private' : 'public';
  if (matches.length === 0) {
    throw new GitopsDnsError('provider', `route53: no ${visibility} hosted zone named ${zone}`);
  }
  if (matches.length > 1) {
    throw new GitopsDnsError(
      'provider',
      `route53: ${matches.length} ${visibility} hosted zones are named ${zone} (${matches.join(', ')}); ` +
        'delete the extra zone or move its records so exactly one remains',
    );
  }
  return matches[0]!;
}

export function stripPrefix(id: string): string {
  return id.replace(/^\/(hostedzone|change)\//, '');
}
