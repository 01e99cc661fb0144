/**
 * The records of one zone in the stand-in Cloudflare API, with the rules the real API enforces on
 * writes: valid content per type, TTL 1 or 60..86400, only A/AAAA/CNAME proxied (and then TTL 1),
 * no identical duplicates (81058), no CNAME beside another record at one name (81053/81054),
 * unknown ids refused (81044). A batch runs on a copy and replaces the state only when every
 * operation succeeded, as the real batch endpoint does.
 */
import { randomBytes } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

export interface ApiError {
  code: number;
  message: string;
  source?: { pointer: string };
}

/** A record as the API returns it. */
export interface StoredRecord {
  id: string;
  name: string;
  type: string;
  content: string;
  proxiable: boolean;
  proxied: boolean;
  ttl: number;
  priority?: number;
  data?: Record<string, unknown>;
  settings: Record<string, unknown>;
  meta: Record<string, unknown>;
  comment: string | null;
  tags: string[];
  created_on: string;
  modified_on: string;
}

export type RecordBody = Record<string, unknown>;

export class ApiFailure extends Error {
  constructor(readonly errors: ApiError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

const proxiable = new Set(['A', 'AAAA', 'CNAME']);
const knownTypes = new Set(['A', 'AAAA', 'CNAME', 'TXT', 'MX', 'NS', 'SRV', 'CAA', 'PTR']);
const hostnamePattern =
  /^(\*\.)?([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?\.)*[a-z0-9_]([a-z0-9-]{0,61}[a-z0-9])?\.?$/i;

function fail(code: number, message: string): never {
  throw new ApiFailure([{ code, message }]);
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isInteger(v) ? v : undefined;
}

/** Content and data of a record, checked per type (the API's "DNS Validation Error"s). */
function valueFields(type: string, body: RecordBody): Pick<StoredRecord, 'content' | 'priority' | 'data'> {
  const content = typeof body.content === 'string' ? body.content : '';
  const data = (body.data ?? {}) as Record<string, unknown>;
  switch (type) {
    case 'A':
      if (!isIPv4(content)) fail(9005, 'Content for A record must be a valid IPv4 address.');
      return { content };
    case 'AAAA':
      if (!isIPv6(content)) fail(9006, 'Content for AAAA record must be a valid IPv6 address.');
      return { content };
    case 'CNAME':
    case 'NS':
    case 'PTR':
      if (!hostnamePattern.test(content)) fail(9007, `Content for ${type} record is invalid.`);
      return { content };
    case 'MX': {
      const priority = num(body.priority);
      if (!hostnamePattern.test(content) || priority === undefined)
        fail(9100, 'MX records require a priority and a valid mail server.');
      return { content, priority };
    }
    case 'TXT':
      if (content === '' || content.length > 2048)
        fail(9011, 'Content for TXT record must be between 1 and 2048 characters.');
      return { content };
    case 'SRV': {
      const [priority, weight, port] = [num(data.priority), num(data.weight), num(data.port)];
      const target = typeof data.target === 'string' ? data.target : '';
      if (
        priority === undefined ||
        weight === undefined ||
        port === undefined ||
        !hostnamePattern.test(target)
      ) {
        fail(9101, 'SRV records require data.priority, data.weight, data.port and data.target.');
      }
      return { content: `${weight} ${port} ${target}`, priority, data: { priority, weight, port, target } };
    }
    case 'CAA': {
      const flags = num(data.flags);
      const tag = typeof data.tag === 'string' ? data.tag : '';
      const value = typeof data.value === 'string' ? data.value : undefined;
      if (flags === undefined || !/^[a-z0-9]+$/i.test(tag) || value === undefined) {
        fail(9102, 'CAA records require data.flags, data.tag and data.value.');
      }
      return { content: `${flags} ${tag} "${value}"`, data: { flags, tag, value } };
    }
    default:
      return fail(1004, `DNS Validation Error: unsupported record type ${type}.`);
  }
}

export class ZoneState {
  // Stored records are never mutated (writes store new objects), so a batch's working copy can share them.
  private records = new Map<string, StoredRecord>();
  private idsByName = new Map<string, Set<string>>();

  constructor(readonly zoneName: string) {}

  private store(record: StoredRecord): void {
    const previous = this.records.get(record.id);
    if (previous) this.idsByName.get(previous.name)?.delete(record.id);
    this.records.set(record.id, record);
    let ids = this.idsByName.get(record.name);
    if (!ids) this.idsByName.set(record.name, (ids = new Set()));
    ids.add(record.id);
  }

  private copy(): ZoneState {
    const working = new ZoneState(this.zoneName);
    for (const record of this.records.values()) working.store(record);
    return working;
  }

  /** The stored records (shared, never mutated: treat as read-only). */
  list(): readonly StoredRecord[] {
    return [...this.records.values()];
  }

  get(id: string): StoredRecord {
    const record = this.records.get(id);
    if (!record) fail(81044, 'Record does not exist.');
    return record;
  }

  create(body: RecordBody): StoredRecord {
    const record = this.build(body, undefined);
    this.store(record);
    return record;
  }

  /** PUT: the record is replaced by the body (id and creation time kept). */
  replace(id: string, body: RecordBody): StoredRecord {
    const existing = this.get(id);
    const record = this.build(body, existing);
    this.store(record);
    return record;
  }

  /** PATCH: the body's fields are merged into the record. */
  edit(id: string, body: RecordBody): StoredRecord {
    const existing = this.get(id);
    const merged: RecordBody = { ...existing, ...body };
    if (body.data === undefined && existing.data === undefined) delete merged.data;
    return this.replace(id, merged);
  }

  delete(id: string): StoredRecord {
    const existing = this.get(id);
    this.records.delete(id);
    this.idsByName.get(existing.name)?.delete(id);
    return existing;
  }

  /** Runs a batch (deletes, patches, puts, posts) atomically; errors point at the failing operation. */
  batch(body: { deletes?: RecordBody[]; patches?: RecordBody[]; puts?: RecordBody[]; posts?: RecordBody[] }) {
    const working = this.copy();
    const result = {
      deletes: [] as StoredRecord[],
      patches: [] as StoredRecord[],
      puts: [] as StoredRecord[],
      posts: [] as StoredRecord[],
    };
    const steps: [keyof typeof result, (op: RecordBody) => StoredRecord][] = [
      ['deletes', (op) => working.delete(String(op.id))],
      ['patches', (op) => working.edit(String(op.id), withoutId(op))],
      ['puts', (op) => working.replace(String(op.id), withoutId(op))],
      ['posts', (op) => working.create(op)],
    ];
    for (const [kind, run] of steps) {
      for (const [index, op] of (body[kind] ?? []).entries()) {
        try {
          result[kind].push(run(op));
        } catch (error) {
          if (!(error instanceof ApiFailure)) throw error;
          throw new ApiFailure(error.errors.map((e) => ({ ...e, source: { pointer: `/${kind}/${index}` } })));
        }
      }
    }
    this.records = working.records;
    this.idsByName = working.idsByName;
    return result;
  }

  private build(body: RecordBody, existing: StoredRecord | undefined): StoredRecord {
    const type = (typeof body.type === 'string' ? body.type : '').toUpperCase();
    if (!knownTypes.has(type)) fail(1004, `DNS Validation Error: unsupported record type ${type}.`);
    const name = this.fqdn(typeof body.name === 'string' ? body.name : '');
    const proxied = body.proxied === true;
    if (proxied && !proxiable.has(type)) fail(9004, 'This record type cannot be proxied.');
    const ttl = num(body.ttl) ?? 1;
    if (ttl !== 1 && (ttl < 60 || ttl > 86400))
      fail(9021, 'Invalid TTL. Must be between 60 and 86400 seconds, or 1 for Automatic.');
    const now = new Date().toISOString();
    const record: StoredRecord = {
      id: existing?.id ?? randomBytes(16).toString('hex'),
      name,
      type,
      ...valueFields(type, body),
      proxiable: proxiable.has(type),
      proxied,
      ttl: proxied ? 1 : ttl, // proxied records are always "automatic"
      settings: {},
      meta: {},
      comment: typeof body.comment === 'string' ? body.comment : null,
      tags: Array.isArray(body.tags) ? (body.tags as string[]) : [],
      created_on: existing?.created_on ?? now,
      modified_on: now,
    };
    this.checkNeighbours(record);
    return record;
  }

  private fqdn(name: string): string {
    const lower = name.toLowerCase().replace(/\.$/, '');
    const full =
      lower === '@' || lower === ''
        ? this.zoneName
        : lower === this.zoneName || lower.endsWith(`.${this.zoneName}`)
          ? lower
          : `${lower}.${this.zoneName}`;
    if (!hostnamePattern.test(full)) fail(9000, 'DNS name is invalid.');
    return full;
  }

  private checkNeighbours(record: StoredRecord): void {
    for (const id of this.idsByName.get(record.name) ?? []) {
      const other = this.records.get(id);
      if (!other || other.id === record.id) continue;
      if (
        other.type === record.type &&
        other.content === record.content &&
        other.priority === record.priority
      ) {
        fail(81058, 'An identical record already exists.');
      }
      if (record.type === 'CNAME') fail(81053, 'An A, AAAA, or CNAME record with that host already exists.');
      if (other.type === 'CNAME') fail(81054, 'A CNAME record with that host already exists.');
    }
  }
}

function withoutId(op: RecordBody): RecordBody {
  const { id: _id, ...rest } = op;
  return rest;
}
