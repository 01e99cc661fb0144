import { describe, expect, it } from 'vitest';
import type { Rrset } from '../../records/record.js';
import { chunkOperations, planOperations, type BatchOperation } from './batch-operations.js';
import type { CloudflareRecord } from './cloudflare-record.js';

const rules = { proxiedDefault: false, minTtlSeconds: 120 };
const rr = (name: string, type: string, values: string[], ttlSeconds = 300): Rrset => ({
  name,
  type,
  ttlSeconds,
  values,
});
const rec = (
  id: string,
  name: string,
  type: string,
  content: string,
  ttl = 300,
  proxied = false,
): CloudflareRecord => ({
  id,
  name,
  type,
  content,
  ttl,
  proxied,
});
const summary = (ops: BatchOperation[]) =>
  ops.map((o) => `${o.kind} ${'id' in o.body ? o.body.id : '-'} ${o.label}`);

describe('planOperations', () => {
  it('orders deletes, patches, puts, posts whatever the change order', () => {
    const current = [
      rec('c1', 'app.example.com', 'CNAME', 'lb.example.net'),
      rec('a1', 'x.example.com', 'A', '192.0.2.1'),
    ];
    const ops = planOperations(
      [
        { kind: 'create', after: rr('app.example.com', 'A', ['192.0.2.9']) },
        {
          kind: 'update',
          before: rr('x.example.com', 'A', ['192.0.2.1']),
          after: rr('x.example.com', 'A', ['192.0.2.2']),
        },
        { kind: 'delete', before: rr('app.example.com', 'CNAME', ['lb.example.net']) },
      ],
      current,
      rules,
      () => {},
    );
    expect(summary(ops)).toEqual([
      'delete c1 app.example.com CNAME lb.example.net',
      'put a1 x.example.com A 192.0.2.2',
      'post - app.example.com A 192.0.2.9',
    ]);
  });

  it.each([
    ['same values, same ttl: nothing', ['192.0.2.1'], 300, []],
    ['same values, new ttl: patch', ['192.0.2.1'], 600, ['patch a1 n.example.com A 192.0.2.1']],
    ['one more value: post', ['192.0.2.1', '192.0.2.5'], 300, ['post - n.example.com A 192.0.2.5']],
    ['one value fewer: delete', [], 300, ['delete a1 n.example.com A 192.0.2.1']],
  ])('update with %s', (_title, values, ttl, expected) => {
    const current = [rec('a1', 'n.example.com', 'A', '192.0.2.1')];
    const change = {
      kind: 'update' as const,
      before: rr('n.example.com', 'A', ['192.0.2.1']),
      after: rr('n.example.com', 'A', values, ttl),
    };
    expect(summary(planOperations([change], current, rules, () => {}))).toEqual(expected);
  });
});

describe('chunkOperations', () => {
  it.each([
    [0, 200, 0],
    [1, 200, 1],
    [200, 200, 1],
    [201, 200, 2],
    [10_000, 200, 50],
    [10_000, 3500, 3],
  ])('%i operations at %i per batch make %i batches', (n, size, batches) => {
    const ops: BatchOperation[] = Array.from({ length: n }, (_, i) => ({
      kind: 'post',
      label: String(i),
      body: { id: String(i) },
    }));
    const chunks = chunkOperations(ops, size);
    expect(chunks).toHaveLength(batches);
    expect(chunks.reduce((sum, c) => sum + c.posts.length, 0)).toBe(n);
  });
});
