/**
 * A stand-in for the Cloudflare API v4 on 127.0.0.1 (zones and DNS records), reached by the real
 * SDK through its `baseURL` option. It keeps state like the real API (see cloudflare-zone-state.ts),
 * answers in Cloudflare's envelope `{ success, errors, messages, result, result_info }`, paginates,
 * runs the batch endpoint atomically, answers 429/500 on demand, and checks every request body
 * against JSON Schema generated from the SDK's own types: a body that does not match gets a 400 and
 * is recorded in `schemaViolations`.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { loadCloudflareSchemas, type SchemaName } from './cloudflare-schemas.js';
import {
  ApiFailure,
  ZoneState,
  type ApiError,
  type RecordBody,
  type StoredRecord,
} from './cloudflare-zone-state.js';

export interface CloudflareServerOptions {
  /** Operations one batch request may hold (Cloudflare: 200 on free plans, 3,500 on paid). */
  maxBatchOperations?: number;
}

export interface CloudflareServer {
  baseURL: string;
  token: string;
  /** Creates a zone and returns its id. */
  addZone(name: string): string;
  /** The zone's records as the API returns them (copies). */
  records(zoneId: string): StoredRecord[];
  /** Adds a record out of band (same validation as a POST); throws on an invalid record. */
  addRecord(zoneId: string, body: RecordBody): StoredRecord;
  /** Every request received, in order. */
  requests: { method: string; path: string; query: string }[];
  /** Bodies that did not match the SDK-derived schema (each answered with a 400). */
  schemaViolations: string[];
  /** The next request is answered with this status (queued: call twice for two failures). */
  failNext(status: 429 | 500, retryAfterSeconds?: number): void;
  stop(): Promise<void>;
}

const addFormats = addFormatsPlugin as unknown as (ajv: Ajv) => Ajv;

interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

function envelope(result: unknown, resultInfo?: object): unknown {
  return {
    success: true,
    errors: [],
    messages: [],
    result,
    ...(resultInfo ? { result_info: resultInfo } : {}),
  };
}

function errorReply(status: number, errors: ApiError[], headers?: Record<string, string>): Reply {
  return {
    status,
    body: { success: false, errors, messages: [], result: null },
    ...(headers ? { headers } : {}),
  };
}

function paginate<T>(
  items: readonly T[],
  query: URLSearchParams,
  maxPerPage: number,
): { result: T[]; info: object } {
  const page = Math.max(1, Number(query.get('page') ?? 1) || 1);
  const perPage = Math.min(maxPerPage, Math.max(5, Number(query.get('per_page') ?? 100) || 100));
  const result = items.slice((page - 1) * perPage, page * perPage);
  const info = {
    page,
    per_page: perPage,
    count: result.length,
    total_count: items.length,
    total_pages: Math.ceil(items.length / perPage),
  };
  return { result, info };
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : JSON.parse(text);
}

export async function startCloudflareServer(
  options: CloudflareServerOptions = {},
): Promise<CloudflareServer> {
  const maxBatchOperations = options.maxBatchOperations ?? 200;
  const ajv = new Ajv({ strict: false, allErrors: false });
  addFormats(ajv);
  const schemas = await loadCloudflareSchemas();
  const validators = Object.fromEntries(
    Object.entries(schemas).map(([name, schema]) => [name, ajv.compile(schema)]),
  ) as Record<SchemaName, ValidateFunction>;

  const token = randomBytes(20).toString('hex');
  const zones = new Map<string, ZoneState>();
  const requests: CloudflareServer['requests'] = [];
  const schemaViolations: string[] = [];
  const failures: { status: number; retryAfterSeconds?: number }[] = [];

  function zone(id: string): ZoneState {
    const z = zones.get(id);
    if (!z)
      throw new ApiFailure([
        {
          code: 7003,
          message: 'Could not route to /zones/' + id + ', perhaps your object identifier is invalid?',
        },
      ]);
    return z;
  }

  function validated(name: SchemaName, method: string, path: string, body: unknown): RecordBody {
    const validate = validators[name];
    if (!validate(body)) {
      const detail = ajv.errorsText(validate.errors);
      schemaViolations.push(`${method} ${path}: ${detail}: ${JSON.stringify(body).slice(0, 500)}`);
      throw new ApiFailure([{ code: 9207, message: `Request body is invalid (${name} schema): ${detail}` }]);
    }
    return body as RecordBody;
  }

  function route(method: string, path: string, query: URLSearchParams, body: unknown): Reply {
    const parts = path.split('/').filter(Boolean); // ['zones', id, 'dns_records', rid]
    if (parts[0] !== 'zones') return errorReply(404, [{ code: 7000, message: 'No route for that URI' }]);
    if (parts.length === 1 && method === 'GET') {
      const name = query.get('name');
      const all = [...zones.entries()]
        .filter(([, z]) => name === null || z.zoneName === name.toLowerCase())
        .map(([id, z]) => ({ id, name: z.zoneName, status: 'active', paused: false, type: 'full' }));
      const { result, info } = paginate(all, query, 50);
      return { status: 200, body: envelope(result, info) };
    }
    const state = zone(parts[1] ?? '');
    if (parts[2] !== 'dns_records')
      return errorReply(404, [{ code: 7000, message: 'No route for that URI' }]);
    const recordId = parts[3];
    if (recordId === 'batch' && method === 'POST') {
      const ops = validated('batch', method, path, body) as Record<
        'deletes' | 'patches' | 'puts' | 'posts',
        RecordBody[] | undefined
      >;
      const count = (['deletes', 'patches', 'puts', 'posts'] as const).reduce(
        (n, k) => n + (ops[k]?.length ?? 0),
        0,
      );
      if (count > maxBatchOperations) {
        throw new ApiFailure([
          {
            code: 81064,
            message: `Batch of ${count} operations exceeds the limit of ${maxBatchOperations}.`,
          },
        ]);
      }
      return { status: 200, body: envelope(state.batch(ops)) };
    }
    if (recordId === undefined && method === 'GET') {
      const { result, info } = paginate(state.list(), query, 5_000_000);
      return { status: 200, body: envelope(result, info) };
    }
    if (recordId === undefined && method === 'POST')
      return { status: 200, body: envelope(state.create(validated('create', method, path, body))) };
    if (recordId !== undefined && parts.length === 4) {
      if (method === 'GET') return { status: 200, body: envelope(state.get(recordId)) };
      if (method === 'PUT')
        return {
          status: 200,
          body: envelope(state.replace(recordId, validated('update', method, path, body))),
        };
      if (method === 'PATCH')
        return { status: 200, body: envelope(state.edit(recordId, validated('edit', method, path, body))) };
      if (method === 'DELETE') return { status: 200, body: envelope({ id: state.delete(recordId).id }) };
    }
    return errorReply(405, [{ code: 10405, message: `Method ${method} not allowed for ${path}` }]);
  }

  async function handle(req: IncomingMessage): Promise<Reply> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    requests.push({ method, path: url.pathname, query: url.search });
    const failure = failures.shift();
    if (failure) {
      const headers =
        failure.retryAfterSeconds === undefined
          ? undefined
          : { 'retry-after': String(failure.retryAfterSeconds) };
      const error =
        failure.status === 429
          ? { code: 971, message: 'Please wait and consider throttling your request speed' }
          : { code: 10000, message: 'Internal server error' };
      return errorReply(failure.status, [error], headers);
    }
    if (req.headers.authorization !== `Bearer ${token}`)
      return errorReply(403, [{ code: 10000, message: 'Authentication error' }]);
    const path = url.pathname.replace(/^\/client\/v4/, '');
    try {
      return route(method, path, url.searchParams, await readBody(req));
    } catch (error) {
      if (error instanceof ApiFailure) return errorReply(400, error.errors);
      if (error instanceof SyntaxError)
        return errorReply(400, [{ code: 6007, message: 'Malformed JSON in request body' }]);
      throw error;
    }
  }

  function send(res: ServerResponse, reply: Reply): void {
    res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    res.end(JSON.stringify(reply.body));
  }

  const server = createServer((req, res) => {
    handle(req).then(
      (reply) => send(res, reply),
      (error: unknown) =>
        send(res, errorReply(500, [{ code: 10000, message: `stand-in server bug: ${String(error)}` }])),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/client/v4`,
    token,
    requests,
    schemaViolations,
    addZone(name) {
      const id = randomBytes(16).toString('hex');
      zones.set(id, new ZoneState(name.toLowerCase()));
      return id;
    },
    records: (zoneId) =>
      zone(zoneId)
        .list()
        .map((r) => structuredClone(r)),
    addRecord: (zoneId, body) => structuredClone(zone(zoneId).create(body)),
    failNext(status, retryAfterSeconds) {
      failures.push({ status, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) });
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
