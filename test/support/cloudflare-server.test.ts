import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCloudflareServer, type CloudflareServer } from './cloudflare-server.js';

let server: CloudflareServer;
beforeAll(async () => {
  server = await startCloudflareServer({ maxBatchOperations: 3 });
});
afterAll(() => server.stop());

async function call(method: string, path: string, body?: unknown, token = server.token) {
  const res = await fetch(`${server.baseURL}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Envelope };
}

interface Envelope {
  success: boolean;
  errors: { code: number; message: string; source?: { pointer: string } }[];
  result: unknown[];
  result_info?: object;
}

const a = (name: string, content: string) => ({ name, type: 'A', content, ttl: 300 });

describe('stand-in Cloudflare API', () => {
  it('refuses a body that does not match the schema generated from the SDK types, and records it', async () => {
    const id = server.addZone('schema.example');
    const before = server.schemaViolations.length;
    const typo = await call('POST', `/zones/${id}/dns_records/batch`, {
      posts: [{ ...a('x.schema.example', '192.0.2.1'), ttl: '300' }],
    });
    expect(typo.status).toBe(400);
    expect(typo.json).toMatchObject({ success: false, errors: [{ code: 9207 }] });
    const extra = await call('POST', `/zones/${id}/dns_records`, {
      ...a('y.schema.example', '192.0.2.1'),
      colour: 'orange',
    });
    expect(extra.status).toBe(400);
    expect(server.schemaViolations.slice(before)).toHaveLength(2);
    server.schemaViolations.length = before;
    expect(server.records(id)).toEqual([]);
  });

  it('runs a batch atomically and points at the failing operation', async () => {
    const id = server.addZone('atomic.example');
    const kept = server.addRecord(id, a('kept.atomic.example', '192.0.2.1'));
    const res = await call('POST', `/zones/${id}/dns_records/batch`, {
      deletes: [{ id: kept.id }],
      posts: [a('new.atomic.example', '192.0.2.2'), a('bad.atomic.example', '999.0.0.1')],
    });
    expect(res.status).toBe(400);
    expect(res.json.errors).toEqual([
      {
        code: 9005,
        message: 'Content for A record must be a valid IPv4 address.',
        source: { pointer: '/posts/1' },
      },
    ]);
    expect(server.records(id).map((r) => r.name)).toEqual(['kept.atomic.example']);
  });

  it('refuses a batch over the plan limit', async () => {
    const id = server.addZone('limit.example');
    const posts = [1, 2, 3, 4].map((i) => a(`h${i}.limit.example`, `192.0.2.${i}`));
    const res = await call('POST', `/zones/${id}/dns_records/batch`, { posts });
    expect(res.json.errors[0]?.code).toBe(81064);
  });

  it.each([
    [
      'a CNAME beside an A',
      { type: 'A', content: '192.0.2.1' },
      { type: 'CNAME', content: 't.example.net' },
      81053,
    ],
    [
      'a TXT beside a CNAME',
      { type: 'CNAME', content: 't.example.net' },
      { type: 'TXT', content: '"x"' },
      81054,
    ],
    ['an identical record', { type: 'A', content: '192.0.2.1' }, { type: 'A', content: '192.0.2.1' }, 81058],
    [
      'a proxied TXT',
      { type: 'A', content: '192.0.2.1' },
      { type: 'TXT', content: '"x"', proxied: true },
      9004,
    ],
    ['a TTL of 30', { type: 'A', content: '192.0.2.1' }, { type: 'A', content: '192.0.2.2', ttl: 30 }, 9021],
  ])('refuses %s like the real API', async (_title, first, second, code) => {
    const id = server.addZone(`clash${code}.example`);
    const name = `n.clash${code}.example`;
    server.addRecord(id, { name, ttl: 300, ...first });
    const res = await call('POST', `/zones/${id}/dns_records`, { name, ttl: 300, ...second });
    expect(res.status).toBe(400);
    expect(res.json.errors[0]?.code).toBe(code);
  });

  it('stores proxied records with TTL 1 and paginates with result_info', async () => {
    const id = server.addZone('pages.example');
    for (let i = 0; i < 12; i++)
      server.addRecord(id, { ...a(`h${i}.pages.example`, `192.0.2.${i}`), proxied: i === 0 });
    expect(server.records(id)[0]).toMatchObject({ proxied: true, ttl: 1 });
    const page3 = await call('GET', `/zones/${id}/dns_records?page=3&per_page=5`);
    expect(page3.json.result).toHaveLength(2);
    expect(page3.json.result_info).toEqual({
      page: 3,
      per_page: 5,
      count: 2,
      total_count: 12,
      total_pages: 3,
    });
  });

  it('answers 429 with Retry-After on demand, and 403 to a wrong token', async () => {
    server.failNext(429, 3);
    const limited = await call('GET', '/zones');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect((await call('GET', '/zones', undefined, 'wrong')).status).toBe(403);
    expect((await call('GET', '/zones')).status).toBe(200);
  });
});
