/**
 * One value of an rrset <-> one Cloudflare DNS record. Cloudflare keeps one record per target:
 * MX priority and SRV/CAA fields live in separate properties, TXT text is quoted (see txt-content).
 */
import { quoteTxt, unquoteTxt } from './txt-content.js';

/** Record types whose records Cloudflare can proxy (orange cloud). */
export const proxiableTypes: ReadonlySet<string> = new Set(['A', 'AAAA', 'CNAME']);

/** The fields of a Cloudflare record this provider reads (a subset of the SDK's RecordResponse). */
export interface CloudflareRecord {
  id: string;
  name: string;
  type: string;
  content?: string;
  ttl: number;
  proxied?: boolean;
  priority?: number;
  data?: Record<string, unknown>;
  /** What people attached to the record; not part of the rrset, but never to be lost by a write. */
  comment?: string | null;
  tags?: string[];
  settings?: Record<string, unknown>;
}

/** The body of one record as written (create, put or patch): name, type, ttl and the value fields. */
export interface CloudflareRecordBody {
  name: string;
  type: string;
  ttl: number;
  proxied?: boolean;
  content?: string;
  priority?: number;
  data?: Record<string, string | number>;
  comment?: string;
  tags?: string[];
  settings?: Record<string, unknown>;
}

/**
 * The comment, tags and settings of an existing record, for a PUT that reuses its id: a PUT
 * replaces the whole record, so fields it leaves out are cleared.
 */
export function keptAttributes(
  record: CloudflareRecord,
): Pick<CloudflareRecordBody, 'comment' | 'tags' | 'settings'> {
  return {
    ...(typeof record.comment === 'string' && record.comment !== '' ? { comment: record.comment } : {}),
    ...(Array.isArray(record.tags) && record.tags.length > 0 ? { tags: record.tags } : {}),
    ...(record.settings && Object.keys(record.settings).length > 0 ? { settings: record.settings } : {}),
  };
}

/** One rrset value as read from a Cloudflare record. */
export interface DecodedRecord {
  name: string;
  type: string;
  value: string;
  ttlSeconds: number;
  proxied: boolean;
}

function hostname(name: string): string {
  return name.toLowerCase().replace(/\.$/, '');
}

function int(text: string | undefined, what: string, value: string): number {
  const n = Number(text);
  if (text === undefined || !Number.isInteger(n) || n < 0) {
    throw new Error(`invalid ${what} in "${value}"`);
  }
  return n;
}

/** The value fields of a record body for one presentation-form value. Throws on malformed values. */
export function encodeValue(
  type: string,
  value: string,
): Pick<CloudflareRecordBody, 'content' | 'priority' | 'data'> {
  switch (type) {
    case 'TXT':
      return { content: quoteTxt(value) };
    case 'MX': {
      const [priority, exchange, ...rest] = value.trim().split(/\s+/);
      if (exchange === undefined || rest.length > 0)
        throw new Error(`MX value must be "<priority> <host>": "${value}"`);
      return { content: hostname(exchange), priority: int(priority, 'MX priority', value) };
    }
    case 'SRV': {
      const [priority, weight, port, target, ...rest] = value.trim().split(/\s+/);
      if (target === undefined || rest.length > 0) {
        throw new Error(`SRV value must be "<priority> <weight> <port> <target>": "${value}"`);
      }
      return {
        data: {
          priority: int(priority, 'SRV priority', value),
          weight: int(weight, 'SRV weight', value),
          port: int(port, 'SRV port', value),
          target: hostname(target),
        },
      };
    }
    case 'CAA': {
      const match = /^\s*(\d+)\s+([A-Za-z0-9]+)\s+(?:"((?:[^"\\]|\\.)*)"|(\S+))\s*$/.exec(value);
      if (!match) throw new Error(`CAA value must be '<flags> <tag> "<value>"': "${value}"`);
      const caaValue = match[3] !== undefined ? match[3].replace(/\\(.)/g, '$1') : (match[4] ?? '');
      return { data: { flags: Number(match[1]), tag: match[2]!.toLowerCase(), value: caaValue } };
    }
    case 'CNAME':
    case 'NS':
      return { content: hostname(value) };
    default:
      return { content: value };
  }
}

/** The full body of one record: what batch posts and puts send. */
export function encodeRecord(
  name: string,
  type: string,
  value: string,
  ttlSeconds: number,
  proxied: boolean,
): CloudflareRecordBody {
  return {
    name,
    type,
    ttl: ttlSeconds,
    ...(proxiableTypes.has(type) ? { proxied } : {}),
    ...encodeValue(type, value),
  };
}

function dataField(record: CloudflareRecord, key: string): string {
  const v = record.data?.[key];
  return typeof v === 'number' || typeof v === 'string' ? String(v) : '';
}

/** The presentation-form value of a Cloudflare record. */
export function decodeValue(record: CloudflareRecord): string {
  const content = record.content ?? '';
  switch (record.type) {
    case 'TXT':
      return unquoteTxt(content);
    case 'MX':
      return `${record.priority ?? 0} ${hostname(content)}`;
    case 'SRV':
      if (!record.data) return content;
      return (
        ['priority', 'weight', 'port'].map((k) => dataField(record, k)).join(' ') +
        ` ${hostname(dataField(record, 'target'))}`
      );
    case 'CAA': {
      if (!record.data) return content;
      const value = dataField(record, 'value').replace(/[\\"]/g, (m) => `\\${m}`);
      return `${dataField(record, 'flags')} ${dataField(record, 'tag')} "${value}"`;
    }
    case 'CNAME':
    case 'NS':
    case 'PTR':
      return hostname(content);
    default:
      return content;
  }
}

export function decodeRecord(record: CloudflareRecord): DecodedRecord {
  return {
    name: hostname(record.name),
    type: record.type.toUpperCase(),
    value: decodeValue(record),
    ttlSeconds: record.ttl,
    proxied: record.proxied === true,
  };
}
