import { GitopsDnsError } from '../../errors.js';
import { rrsetKey, type Rrset, type RrsetChange } from '../../records/record.js';
import { standardRecordTypes, type Provider } from '../provider.js';
import {
  PowerDnsApiError,
  PowerDnsClient,
  type ApiRecord,
  type ApiRrset,
  type ApiZone,
} from './powerdns-client.js';
import { absoluteName, fromApiContent, relativeName, toApiContent } from './rrset-content.js';
import { label, validateChanges } from './validate-changes.js';

export interface PowerDnsProviderOptions {
  /** Base URL of the PowerDNS HTTP API, e.g. `http://127.0.0.1:8081`. */
  url: string;
  /** Server id in API paths (`localhost` on a plain PowerDNS). */
  server: string;
  apiKey: string;
  /** Defaults to Node's global fetch; tests pass one that watches or interposes on requests. */
  fetch?: typeof fetch;
}

const supportedTypes = standardRecordTypes;

/** API rrset -> our rrset. Disabled records are not served, so they are not part of what the zone holds. */
function fromApiRrset(rrset: ApiRrset): Rrset | undefined {
  const type = rrset.type.toUpperCase();
  const values = (rrset.records ?? [])
    .filter((record) => !record.disabled)
    .map((record) => fromApiContent(type, record.content))
    .sort();
  if (values.length === 0) return undefined;
  return { name: relativeName(rrset.name), type, ttlSeconds: rrset.ttl ?? 0, values };
}

/** Disabled records per rrset key: listings leave them out, so writes must carry them over. */
export type DisabledRecords = ReadonlyMap<string, readonly ApiRecord[]>;

/** The disabled records of a zone, by rrset key. */
export function disabledRecords(zone: ApiZone): DisabledRecords {
  const byKey = new Map<string, ApiRecord[]>();
  for (const rrset of zone.rrsets) {
    const disabled = (rrset.records ?? []).filter((record) => record.disabled);
    const key = rrsetKey({ name: relativeName(rrset.name), type: rrset.type.toUpperCase() });
    if (disabled.length > 0) byKey.set(key, disabled);
  }
  return byKey;
}

/**
 * REPLACE swaps every record of the rrset, disabled ones included; those are kept (unless the new
 * rrset serves the same content), since the plan never saw them. Comments survive a REPLACE.
 */
function replaceRrset(rrset: Rrset, disabled: DisabledRecords): ApiRrset {
  const records = rrset.values.map((value) => ({
    content: toApiContent(rrset.type, value),
    disabled: false,
  }));
  const served = new Set(records.map((record) => record.content));
  const kept = (disabled.get(rrsetKey(rrset)) ?? []).filter((record) => !served.has(record.content));
  return {
    name: absoluteName(rrset.name),
    type: rrset.type,
    ttl: rrset.ttlSeconds,
    changetype: 'REPLACE',
    records: [...records, ...kept.map((record) => ({ content: record.content, disabled: true }))],
  };
}

/** Deleting an rrset that holds disabled records leaves just those (a DELETE would drop them too). */
function deleteRrset(rrset: Rrset, disabled: DisabledRecords): ApiRrset {
  const kept = disabled.get(rrsetKey(rrset));
  if (kept && kept.length > 0) return replaceRrset({ ...rrset, values: [] }, disabled);
  return { name: absoluteName(rrset.name), type: rrset.type, changetype: 'DELETE' };
}

function byKey(a: Rrset, b: Rrset): number {
  const ka = rrsetKey(a);
  const kb = rrsetKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/**
 * The PATCH body for a change set. Deletes go first: PowerDNS checks each REPLACE against what
 * the transaction holds so far, so a CNAME that replaces an A at one name must find the A gone.
 */
export function buildPatch(
  changes: readonly RrsetChange[],
  disabled: DisabledRecords = new Map(),
): ApiRrset[] {
  const deletes: Rrset[] = [];
  const replaces: Rrset[] = [];
  for (const change of changes) {
    if (change.kind === 'delete') deletes.push(change.before);
    else {
      if (change.kind === 'update' && rrsetKey(change.before) !== rrsetKey(change.after))
        deletes.push(change.before);
      replaces.push(change.after);
    }
  }
  return [
    ...deletes.sort(byKey).map((rrset) => deleteRrset(rrset, disabled)),
    ...replaces.sort(byKey).map((rrset) => replaceRrset(rrset, disabled)),
  ];
}

/** The rrset of the patch that PowerDNS's message is about (it names `www.example.com.` and the type). */
function rrsetInMessage(message: string, changes: readonly RrsetChange[]): Rrset | undefined {
  const rrsets = changes.flatMap((change) =>
    change.kind === 'create'
      ? [change.after]
      : change.kind === 'delete'
        ? [change.before]
        : [change.after, change.before],
  );
  const lower = message.toLowerCase();
  const named = rrsets.filter((rrset) => lower.includes(`${rrset.name}.`));
  return (
    named.find((rrset) => new RegExp(`\\b${rrset.type}\\b`).test(message)) ??
    named.sort((a, b) => b.name.length - a.name.length)[0]
  );
}

export class PowerDnsProvider implements Provider {
  readonly name = 'powerdns';
  readonly supportedTypes = supportedTypes;
  private readonly client: PowerDnsClient;
  private readonly server: string;

  constructor(options: PowerDnsProviderOptions) {
    this.server = options.server;
    this.client = new PowerDnsClient({ ...options, fetch: options.fetch ?? globalThis.fetch });
  }

  async listRecords(zone: string): Promise<Rrset[]> {
    const found = await this.readZone(zone);
    return found.rrsets.flatMap((rrset) => fromApiRrset(rrset) ?? []).sort(byKey);
  }

  async applyChanges(zone: string, changes: readonly RrsetChange[]): Promise<void> {
    if (changes.length === 0) return;
    const found = await this.readZone(zone);
    const current = found.rrsets.flatMap((rrset) => fromApiRrset(rrset) ?? []);
    const problems = validateChanges(zone, current, changes, supportedTypes);
    if (problems.length > 0) {
      throw new GitopsDnsError(
        'provider',
        `powerdns: refusing to change zone ${zone}, nothing was written:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      );
    }
    try {
      await this.client.patchZone(zone, buildPatch(changes, disabledRecords(found)));
    } catch (error) {
      throw this.patchError(zone, changes, error);
    }
  }

  private async readZone(zone: string): Promise<ApiZone> {
    let found: ApiZone | undefined;
    try {
      found = await this.client.getZone(zone);
    } catch (error) {
      throw new GitopsDnsError('provider', `powerdns: cannot read zone ${zone}: ${messageOf(error)}`, {
        cause: error,
      });
    }
    if (!found) {
      throw new GitopsDnsError(
        'provider',
        `powerdns: zone ${zone} does not exist on PowerDNS server "${this.server}"; create it first ` +
          `(pdnsutil create-zone ${zone}) or fix "zones"/"provider.server" in the config`,
      );
    }
    return found;
  }

  private patchError(zone: string, changes: readonly RrsetChange[], error: unknown): GitopsDnsError {
    if (!(error instanceof PowerDnsApiError)) {
      return new GitopsDnsError(
        'provider',
        `powerdns: applying changes to zone ${zone} failed: ${messageOf(error)}`,
        {
          cause: error,
        },
      );
    }
    const rrset = rrsetInMessage(error.powerDnsMessage, changes);
    const where = rrset ? ` at ${label(rrset)}` : '';
    const outcome =
      error.status === 0
        ? 'the change set may not have been sent'
        : 'PowerDNS applied none of the change set';
    return new GitopsDnsError(
      'provider',
      `powerdns: PowerDNS refused the changes to zone ${zone}${where} (${outcome}): ${error.message}`,
      { cause: error },
    );
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
