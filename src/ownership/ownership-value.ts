import type { SourceRef } from '../records/record.js';

/**
 * Values of TXT ownership records, as external-dns writes and reads them (endpoint/labels.go):
 * `heritage=external-dns` first, then `external-dns/<key>=<value>` for each label in key order.
 * Reading: surrounding quotes dropped, tokens split on `,`, a token counts only when it has
 * exactly one `=`; no heritage, or another heritage, means "not an ownership record".
 */

const heritage = 'external-dns';

/** The labels an ownership record carries. */
export interface OwnershipLabels {
  /** `external-dns/owner`; empty when the record names none. */
  owner: string;
  /** `external-dns/resource`, e.g. `service/default/nginx`. */
  resource?: string;
  /** Every `external-dns/` label, keys without the prefix. */
  labels: Record<string, string>;
}

/** The ownership TXT value for `owner` (unquoted, as record values are kept here). */
export function ownershipValue(owner: string, resource?: string): string {
  const labels: Record<string, string> = { owner };
  if (resource !== undefined) labels.resource = resource;
  const tokens = [`heritage=${heritage}`];
  for (const key of Object.keys(labels).sort()) tokens.push(`${heritage}/${key}=${labels[key]}`);
  return tokens.join(',');
}

/** Parses an ownership TXT value; undefined when it is not one (no `heritage=external-dns`). */
export function parseOwnershipValue(text: string): OwnershipLabels | undefined {
  const unquoted = text.replace(/^"+|"+$/g, '');
  const labels: Record<string, string> = {};
  let found = false;
  for (const token of unquoted.split(',')) {
    const parts = token.split('=');
    if (parts.length !== 2) continue;
    const [key = '', value = ''] = parts;
    if (key === 'heritage') {
      if (value !== heritage) return undefined;
      found = true;
    } else if (key.startsWith(heritage)) {
      labels[key.slice(heritage.length + 1)] = value;
    }
  }
  if (!found) return undefined;
  const result: OwnershipLabels = { owner: labels.owner ?? '', labels };
  if (labels.resource !== undefined) result.resource = labels.resource;
  return result;
}

/** external-dns's resource kind for a Kubernetes kind (its sources' `<kind>/<ns>/<name>`). */
const resourceKinds: Record<string, string> = {
  DNSEndpoint: 'crd',
  // Istio Gateway; Gateway API Gateways publish through their routes, never under their own name.
  Gateway: 'gateway',
};

/**
 * The `external-dns/resource` label for a record: the first source's lower-case kind, namespace
 * and name. A manifest without a namespace lands in `default` when applied, so that is used.
 */
export function resourceLabel(sources: readonly SourceRef[]): string | undefined {
  const source = sources[0];
  if (source === undefined) return undefined;
  const kind = resourceKinds[source.kind] ?? source.kind.toLowerCase();
  return `${kind}/${source.namespace ?? 'default'}/${source.name}`;
}
