/**
 * The Cloudflare provider: the official SDK's tree-shakable client (zones + DNS records only, so the
 * bundle does not carry the rest of Cloudflare's API), listing with large pages and applying through
 * the batch endpoint in chunks. See README.md beside this file for setup and token scopes.
 */
import { BaseRecords } from 'cloudflare/resources/dns/records';
import { BaseZones } from 'cloudflare/resources/zones/zones';
import { createClient } from 'cloudflare/tree-shakable';
import { GitopsDnsError } from '../../errors.js';
import type { Rrset, RrsetChange } from '../../records/record.js';
import type { Provider } from '../provider.js';
import { chunkOperations, planOperations, type BatchChunk, type BatchOperation } from './batch-operations.js';
import { encodeValue, type CloudflareRecord } from './cloudflare-record.js';
import { groupRrsets, normalizeRrset, type RrsetRules } from './cloudflare-rrsets.js';
import { withRetry, type RetryOptions } from './with-retry.js';

export interface CloudflareProviderOptions {
  /** API token with Zone:Read and DNS:Edit on the managed zones. */
  apiToken: string;
  /** API base URL (a proxy or a stand-in server); Cloudflare's own when unset. */
  baseURL?: string;
  /** Whether A/AAAA/CNAME records are proxied when a record does not say (`cloudflare-proxied`). */
  proxiedDefault: boolean;
  /** Operations per batch request (200 on free plans, up to 3,500 on paid ones). */
  batchSize: number;
  /** Records per listing page. */
  pageSize: number;
  log: (message: string) => void;
  /** Retries of one request on 429, 5xx and connection failures (default 5). */
  maxRetries?: number;
  /** How to wait between retries (tests pass a recorder). */
  sleep?: (ms: number) => Promise<void>;
}

/** Non-proxied TTLs below this are raised (with a warning). */
export const minTtlSeconds = 120;

const supportedTypes: ReadonlySet<string> = new Set(['A', 'AAAA', 'CNAME', 'TXT', 'MX', 'NS', 'SRV', 'CAA']);

type Client = ReturnType<typeof createCloudflareClient>;

function createCloudflareClient(options: CloudflareProviderOptions) {
  return createClient({
    resources: [BaseZones, BaseRecords],
    apiToken: options.apiToken,
    ...(options.baseURL ? { baseURL: options.baseURL } : {}),
    maxRetries: 0, // retries go through withRetry (Retry-After, logged, injectable sleep)
    logLevel: 'off', // the core never writes to the console; failures surface as errors
  });
}

/** Cloudflare's error list, e.g. `An identical record already exists. (81058)`. */
function describeApiError(error: unknown): string {
  const errors = (error as { errors?: { code?: number; message?: string }[] } | undefined)?.errors;
  if (Array.isArray(errors) && errors.length > 0) {
    return errors
      .map((e) => `${e.message ?? 'error'}${e.code === undefined ? '' : ` (${e.code})`}`)
      .join('; ');
  }
  return error instanceof Error ? error.message : String(error);
}

/** Which operations of a failed chunk Cloudflare named (`source.pointer` such as `/posts/3`). */
export function failedOperations(chunk: BatchChunk, error: unknown): string[] {
  const errors = (error as { errors?: { message?: string; code?: number; source?: { pointer?: string } }[] })
    ?.errors;
  const lists: Record<string, BatchOperation[]> = { ...chunk };
  const named: string[] = [];
  for (const e of Array.isArray(errors) ? errors : []) {
    const match = /^\/?(deletes|patches|puts|posts)\/(\d+)/.exec(e.source?.pointer ?? '');
    const op = match ? lists[match[1]!]?.[Number(match[2])] : undefined;
    if (op)
      named.push(
        `${op.kind} ${op.label}: ${e.message ?? 'failed'}${e.code === undefined ? '' : ` (${e.code})`}`,
      );
  }
  return named;
}

export class CloudflareProvider implements Provider {
  readonly name = 'cloudflare';
  readonly supportedTypes = supportedTypes;
  private readonly client: Client;
  private readonly options: CloudflareProviderOptions;
  private readonly retry: RetryOptions;
  private readonly rules: RrsetRules;
  private readonly zoneIds = new Map<string, Promise<string>>();

  constructor(options: CloudflareProviderOptions) {
    this.options = options;
    this.client = createCloudflareClient(options);
    this.retry = {
      maxRetries: options.maxRetries ?? 5,
      sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      log: options.log,
    };
    this.rules = { proxiedDefault: options.proxiedDefault, minTtlSeconds };
  }

  /** What Cloudflare stores for a desired rrset (proxied: TTL 1; TTL >= 120); see Provider. */
  normalizeRrset(rrset: Rrset): Rrset {
    return normalizeRrset(rrset, this.rules);
  }

  async listRecords(zone: string): Promise<Rrset[]> {
    return groupRrsets(await this.listCloudflareRecords(zone));
  }

  async applyChanges(zone: string, changes: readonly RrsetChange[]): Promise<void> {
    if (changes.length === 0) return;
    this.checkChanges(changes);
    const needsIds = changes.some((c) => c.kind !== 'create');
    const current = needsIds ? await this.listCloudflareRecords(zone) : [];
    const ops = planOperations(changes, current, this.rules, this.options.log);
    if (ops.length === 0) return;
    const zoneId = await this.zoneId(zone);
    const chunks = chunkOperations(ops, this.options.batchSize);
    for (const [index, chunk] of chunks.entries()) {
      await this.applyChunk(zone, zoneId, chunk, index, chunks.length);
    }
    this.options.log(
      `cloudflare: ${zone}: applied ${ops.length} record operations in ${chunks.length} batch(es)`,
    );
  }

  /** Refuses unsupported types and malformed values before anything is written. */
  private checkChanges(changes: readonly RrsetChange[]): void {
    for (const change of changes) {
      const rrset = change.kind === 'delete' ? change.before : change.after;
      if (!supportedTypes.has(rrset.type)) {
        throw new GitopsDnsError(
          'provider',
          `cloudflare: ${rrset.name}: record type ${rrset.type} is not supported (supported: ${[...supportedTypes].join(', ')})`,
        );
      }
      if (change.kind === 'delete') continue;
      for (const value of rrset.values) {
        try {
          encodeValue(rrset.type, value);
        } catch (error) {
          throw new GitopsDnsError(
            'provider',
            `cloudflare: ${rrset.name} ${rrset.type}: ${(error as Error).message}`,
          );
        }
      }
    }
  }

  private async applyChunk(zone: string, zoneId: string, chunk: BatchChunk, index: number, total: number) {
    const body = (ops: BatchOperation[]) => ops.map((op) => op.body);
    try {
      await withRetry(
        `batch ${index + 1}/${total} for ${zone}`,
        () =>
          this.client.dns.records.batch({
            zone_id: zoneId,
            deletes: body(chunk.deletes) as { id: string }[],
            patches: body(chunk.patches) as never,
            puts: body(chunk.puts) as never,
            posts: body(chunk.posts) as never,
          }),
        this.retry,
      );
    } catch (error) {
      const named = failedOperations(chunk, error);
      const applied = index === 0 ? 'nothing was applied' : `the ${index} earlier batch(es) were applied`;
      const detail =
        named.length > 0 ? named.join('; ') : `${describeApiError(error)}; records: ${labels(chunk)}`;
      throw new GitopsDnsError(
        'provider',
        `cloudflare: batch ${index + 1}/${total} for zone ${zone} was refused (${applied}): ${detail}`,
        { cause: error },
      );
    }
  }

  private zoneId(zone: string): Promise<string> {
    let id = this.zoneIds.get(zone);
    if (!id) {
      id = this.lookUpZone(zone);
      // A failed look-up is not cached, so a later call can try again.
      id.catch(() => this.zoneIds.delete(zone));
      this.zoneIds.set(zone, id);
    }
    return id;
  }

  private async lookUpZone(zone: string): Promise<string> {
    const page = await this.call(`looking up zone ${zone}`, () =>
      this.client.zones.list({ name: zone, per_page: 50 }),
    );
    const matches = page.result.filter((z) => z.name.toLowerCase() === zone);
    if (matches.length === 0) {
      throw new GitopsDnsError(
        'provider',
        `cloudflare: zone ${zone} not found; check that it exists and that CLOUDFLARE_API_TOKEN has Zone:Read on it`,
      );
    }
    if (matches.length > 1) {
      throw new GitopsDnsError(
        'provider',
        `cloudflare: zone ${zone} exists in several accounts (ids ${matches.map((z) => z.id).join(', ')}); limit the token to one account`,
      );
    }
    return matches[0]!.id;
  }

  private async listCloudflareRecords(zone: string): Promise<CloudflareRecord[]> {
    const zoneId = await this.zoneId(zone);
    const records: CloudflareRecord[] = [];
    for (let page = 1; ; page++) {
      const result = await this.call(`listing ${zone} page ${page}`, () =>
        this.client.dns.records.list({ zone_id: zoneId, page, per_page: this.options.pageSize }),
      );
      records.push(...(result.result as CloudflareRecord[]));
      // The API sends total_pages (the SDK's type omits it); without it a short page is the last.
      const totalPages = (result.result_info as { total_pages?: number }).total_pages;
      // Stop on the last page without asking for an empty one (the SDK's iterator would).
      const last =
        totalPages === undefined ? result.result.length < this.options.pageSize : page >= totalPages;
      if (last || result.result.length === 0) return records;
    }
  }

  /** One API call with retries; a final failure becomes a provider error naming what was attempted. */
  private async call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await withRetry(what, fn, this.retry);
    } catch (error) {
      if (error instanceof GitopsDnsError) throw error;
      throw new GitopsDnsError('provider', `cloudflare: ${what} failed: ${describeApiError(error)}`, {
        cause: error,
      });
    }
  }
}

function labels(chunk: BatchChunk): string {
  const all = [...chunk.deletes, ...chunk.patches, ...chunk.puts, ...chunk.posts].map(
    (op) => `${op.kind} ${op.label}`,
  );
  return all.length > 20 ? `${all.slice(0, 20).join(', ')} and ${all.length - 20} more` : all.join(', ');
}
