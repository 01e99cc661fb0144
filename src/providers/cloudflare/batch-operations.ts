/**
 * Turns a zone's rrset changes into Cloudflare batch operations and chunks them.
 *
 * Per rrset (one Cloudflare record per value):
 * | change | current record whose value is kept | unmatched current record | unmatched new value |
 * |--------|------------------------------------|--------------------------|---------------------|
 * | create | -                                  | -                        | post                |
 * | update | patch if ttl/proxied differ        | put (new value, same id, | post                |
 * |        |                                    | its comment/tags kept)   |                     |
 * |        |                                    | delete when no new value |                     |
 * | delete | delete                             | delete                   | -                   |
 *
 * Cloudflare runs a batch as deletes, patches, puts, posts; all operations are sorted in that order
 * before chunking, so a delete always precedes a post at the same name (a CNAME <-> A switch works)
 * even when they fall into different chunks.
 */
import { rrsetKey, type Rrset, type RrsetChange } from '../../records/record.js';
import {
  decodeRecord,
  encodeRecord,
  keptAttributes,
  type CloudflareRecord,
  type CloudflareRecordBody,
} from './cloudflare-record.js';
import { effectiveTtl, isProxied, type RrsetRules } from './cloudflare-rrsets.js';

export type OperationKind = 'delete' | 'patch' | 'put' | 'post';

export interface BatchOperation {
  kind: OperationKind;
  /** `name TYPE value`, for error messages. */
  label: string;
  body: { id: string } | CloudflareRecordBody | (CloudflareRecordBody & { id: string });
}

/** One batch request: the operations of each kind, in the arrays the API takes. */
export interface BatchChunk {
  deletes: BatchOperation[];
  patches: BatchOperation[];
  puts: BatchOperation[];
  posts: BatchOperation[];
}

const kindOrder: readonly OperationKind[] = ['delete', 'patch', 'put', 'post'];

interface Written {
  ttl: number;
  proxied: boolean;
}

function label(r: { name: string; type: string }, value: string): string {
  return `${r.name} ${r.type} ${value}`;
}

function targetOf(after: Rrset, rules: RrsetRules, warn: (m: string) => void): Written {
  const proxied = isProxied(after, rules);
  const ttl = effectiveTtl(after, proxied, rules);
  if (!proxied && ttl !== after.ttlSeconds) {
    warn(
      `cloudflare: ${after.name} ${after.type}: TTL ${after.ttlSeconds}s is below Cloudflare's minimum; writing ${ttl}s`,
    );
  }
  return { ttl, proxied };
}

function posts(after: Rrset, values: readonly string[], w: Written): BatchOperation[] {
  return values.map((value) => ({
    kind: 'post',
    label: label(after, value),
    body: encodeRecord(after.name, after.type, value, w.ttl, w.proxied),
  }));
}

function updateOperations(after: Rrset, current: readonly CloudflareRecord[], w: Written): BatchOperation[] {
  const ops: BatchOperation[] = [];
  const wanted = new Set(after.values);
  const unmatched: CloudflareRecord[] = [];
  for (const record of current) {
    const r = decodeRecord(record);
    if (!wanted.delete(r.value)) {
      unmatched.push(record);
      continue;
    }
    if (r.ttlSeconds !== w.ttl || r.proxied !== w.proxied) {
      const body = { id: record.id, ...encodeRecord(after.name, after.type, r.value, w.ttl, w.proxied) };
      ops.push({ kind: 'patch', label: label(after, r.value), body });
    }
  }
  const added = [...wanted].sort();
  for (const record of unmatched) {
    const value = added.shift();
    if (value === undefined) {
      ops.push({ kind: 'delete', label: label(after, decodeRecord(record).value), body: { id: record.id } });
    } else {
      const body = {
        id: record.id,
        ...keptAttributes(record),
        ...encodeRecord(after.name, after.type, value, w.ttl, w.proxied),
      };
      ops.push({ kind: 'put', label: label(after, value), body });
    }
  }
  return [...ops, ...posts(after, added, w)];
}

/**
 * The operations that turn `current` (the zone's records, with ids) into the changes' `after` states.
 * Sorted deletes, patches, puts, posts. Throws (plain Error) on a value that cannot be encoded.
 */
export function planOperations(
  changes: readonly RrsetChange[],
  current: readonly CloudflareRecord[],
  rules: RrsetRules,
  warn: (message: string) => void,
): BatchOperation[] {
  const byKey = new Map<string, CloudflareRecord[]>();
  for (const record of current) {
    const key = rrsetKey(decodeRecord(record));
    byKey.set(key, [...(byKey.get(key) ?? []), record]);
  }
  const ops: BatchOperation[] = [];
  for (const change of changes) {
    if (change.kind === 'delete') {
      for (const record of byKey.get(rrsetKey(change.before)) ?? []) {
        const value = decodeRecord(record).value;
        ops.push({ kind: 'delete', label: label(change.before, value), body: { id: record.id } });
      }
    } else if (change.kind === 'create') {
      ops.push(...posts(change.after, change.after.values, targetOf(change.after, rules, warn)));
    } else {
      const existing = byKey.get(rrsetKey(change.before)) ?? [];
      ops.push(...updateOperations(change.after, existing, targetOf(change.after, rules, warn)));
    }
  }
  return ops
    .map((op, index) => ({ op, index }))
    .sort((a, b) => kindOrder.indexOf(a.op.kind) - kindOrder.indexOf(b.op.kind) || a.index - b.index)
    .map(({ op }) => op);
}

/** Splits sorted operations into batch requests of at most `size` operations each. */
export function chunkOperations(ops: readonly BatchOperation[], size: number): BatchChunk[] {
  const chunks: BatchChunk[] = [];
  for (let start = 0; start < ops.length; start += size) {
    const chunk: BatchChunk = { deletes: [], patches: [], puts: [], posts: [] };
    for (const op of ops.slice(start, start + size)) {
      const list = { delete: chunk.deletes, patch: chunk.patches, put: chunk.puts, post: chunk.posts }[
        op.kind
      ];
      list.push(op);
    }
    chunks.push(chunk);
  }
  return chunks;
}
