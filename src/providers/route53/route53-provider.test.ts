import { ChangeResourceRecordSetsCommand } from '@aws-sdk/client-route-53';
import type { Change } from '@aws-sdk/client-route-53';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeProviderContract } from '../../../test/provider-contract.js';
import { startRoute53Server } from '../../../test/support/route53-server.js';
import type { Route53Server } from '../../../test/support/route53-server.js';
import { GitopsDnsError } from '../../errors.js';
import type { Rrset, RrsetChange } from '../../records/record.js';
import { createRoute53Client } from './route53-client.js';
import { Route53Provider } from './route53-provider.js';
import type { Route53ProviderOptions } from './route53-provider.js';
import { toRoute53RecordSets } from './route53-record-sets.js';

let server: Route53Server;
let zoneCounter = 0;

beforeAll(async () => {
  server = await startRoute53Server();
});
afterAll(async () => {
  await server?.stop();
});
afterEach(() => {
  // Every request the SDK sent must have been one AWS would accept as well-formed.
  expect(server.malformed).toEqual([]);
});

function client() {
  return createRoute53Client({
    region: 'us-east-1',
    endpoint: server.endpoint,
    credentials: { accessKeyId: 'AKIDSTANDIN', secretAccessKey: 'stand-in-secret' },
  });
}

function providerFor(options: Partial<Route53ProviderOptions> = {}) {
  const logs: string[] = [];
  const provider = new Route53Provider({
    client: client(),
    privateZones: false,
    aliasDefault: true,
    evaluateTargetHealth: true,
    waitForInsync: false,
    log: (m) => logs.push(m),
    sleep: async () => {},
    ...options,
  });
  return { provider, logs };
}

function freshZone(opts?: { private?: boolean }): { zone: string; id: string } {
  zoneCounter += 1;
  const zone = `z${zoneCounter}.route53.test`;
  return { zone, id: server.createHostedZone(zone, opts) };
}

function rr(
  name: string,
  type: string,
  values: string[],
  ttlSeconds = 300,
  providerSpecific?: Record<string, string>,
): Rrset {
  return {
    name,
    type,
    ttlSeconds,
    values: [...values].sort(),
    ...(providerSpecific ? { providerSpecific } : {}),
  };
}

function owner(resource = 'service/default/app'): string {
  return `heritage=external-dns,external-dns/owner=default,external-dns/resource=${resource}`;
}

function changeRequests() {
  return server.requests.filter((r) => r.operation === 'ChangeResourceRecordSets');
}

async function rejection(promise: Promise<unknown>): Promise<GitopsDnsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GitopsDnsError);
  return error as GitopsDnsError;
}

describeProviderContract('route53', async () => {
  const { zone, id } = freshZone();
  const settings = { zone, zoneId: id, aliasDefault: true, evaluateTargetHealth: true };
  return {
    provider: providerFor().provider,
    zone,
    seed: async (rrsets) =>
      server.seed(
        id,
        rrsets.flatMap((r) => toRoute53RecordSets(r, settings)),
      ),
    writes: () => changeRequests().length,
  };
});

describe('Route53Provider: hosted zones', () => {
  it('refuses two public zones of one name, naming both ids', async () => {
    const { zone, id } = freshZone();
    const second = server.createHostedZone(zone);
    const error = await rejection(providerFor().provider.listRecords(zone));
    expect(error.message).toContain(id);
    expect(error.message).toContain(second);
  });

  it('picks the public or the private zone of a name as configured', async () => {
    const { zone, id: publicId } = freshZone();
    const privateId = server.createHostedZone(zone, { private: true });
    server.seed(publicId, [
      { Name: `pub.${zone}`, Type: 'A', TTL: 60, ResourceRecords: [{ Value: '192.0.2.1' }] },
    ]);
    server.seed(privateId, [
      { Name: `priv.${zone}`, Type: 'A', TTL: 60, ResourceRecords: [{ Value: '10.0.0.1' }] },
    ]);
    const names = async (privateZones: boolean) =>
      (await providerFor({ privateZones }).provider.listRecords(zone))
        .filter((r) => r.type === 'A')
        .map((r) => r.name);
    expect(await names(false)).toEqual([`pub.${zone}`]);
    expect(await names(true)).toEqual([`priv.${zone}`]);
  });

  it('reports a missing zone as a provider error', async () => {
    const error = await rejection(providerFor().provider.listRecords('absent.route53.test'));
    expect(error.code).toBe('provider');
    expect(error.message).toContain('no public hosted zone named absent.route53.test');
  });
});

describe('Route53Provider: listing', () => {
  it('follows NextRecordName/NextRecordType across pages and decodes escapes', async () => {
    const { zone, id } = freshZone();
    server.seed(id, [
      { Name: `*.${zone}`, Type: 'A', TTL: 60, ResourceRecords: [{ Value: '192.0.2.9' }] },
      { Name: `Mixed.${zone}.`, Type: 'CNAME', TTL: 60, ResourceRecords: [{ Value: 'Target.Example.NET.' }] },
      {
        Name: `t.${zone}`,
        Type: 'TXT',
        TTL: 60,
        ResourceRecords: [{ Value: '"abc" "def"' }, { Value: '"caf\\303\\251"' }],
      },
      ...Array.from({ length: 40 }, (_, i) => ({
        Name: `h${i}.${zone}`,
        Type: i % 2 ? ('A' as const) : ('AAAA' as const),
        TTL: 60,
        ResourceRecords: [{ Value: i % 2 ? `192.0.2.${i}` : `2001:db8::${i}` }],
      })),
    ]);
    const before = server.requests.length;
    const listed = await providerFor({ pageSize: 7 }).provider.listRecords(zone);
    const pages = server.requests.slice(before).filter((r) => r.operation === 'ListResourceRecordSets');
    expect(listed).toHaveLength(45); // 40 + wildcard + CNAME + TXT + apex SOA and NS
    expect(pages).toHaveLength(Math.ceil(45 / 7));
    expect(server.rrsets(id).some((r) => r.name === `\\052.${zone}.`)).toBe(true);
    expect(listed.find((r) => r.type === 'A' && r.name.startsWith('*'))?.name).toBe(`*.${zone}`);
    expect(listed.find((r) => r.type === 'CNAME')).toMatchObject({
      name: `mixed.${zone}`,
      values: ['target.example.net'],
    });
    expect(listed.find((r) => r.type === 'TXT')?.values).toEqual(['abcdef', 'café']);
  });
});

describe('Route53Provider: batching', () => {
  it('sends 1,200 single-value creates as two requests, the first holding exactly 1,000 records', async () => {
    const { zone } = freshZone();
    const changes: RrsetChange[] = Array.from({ length: 1200 }, (_, i) => ({
      kind: 'create',
      after: rr(`h${i}.${zone}`, 'A', [`10.0.${i >> 8}.${i & 255}`]),
    }));
    const before = changeRequests().length;
    await providerFor().provider.applyChanges(zone, changes);
    const sent = changeRequests().slice(before);
    expect(sent.map((r) => [r.status, r.resourceRecords])).toEqual([
      [200, 1000],
      [200, 200],
    ]);
  });

  it('splits by the 32,000-character limit on values', async () => {
    const { zone } = freshZone();
    const changes: RrsetChange[] = Array.from({ length: 100 }, (_, i) => ({
      kind: 'create',
      after: rr(`long${i}.${zone}`, 'TXT', [`${i}`.padEnd(1000, 'x')]),
    }));
    const before = changeRequests().length;
    await providerFor().provider.applyChanges(zone, changes);
    const sent = changeRequests().slice(before);
    // 1,000 characters become four quoted strings and three spaces: 1,011 characters, 31 a request.
    expect(sent.map((r) => r.valueChars)).toEqual([31 * 1011, 31 * 1011, 31 * 1011, 7 * 1011]);
    expect(sent.every((r) => r.status === 200)).toBe(true);
  });

  it('stand-in enforces the limits, counting UPSERT twice', async () => {
    const { zone, id } = freshZone();
    const sdk = client();
    const records = (n: number, action: Change['Action']): Change[] =>
      Array.from({ length: n }, (_, i) => ({
        Action: action,
        ResourceRecordSet: {
          Name: `u${i}.${zone}`,
          Type: 'A',
          TTL: 60,
          ResourceRecords: [{ Value: '192.0.2.1' }],
        },
      }));
    const send = (changes: Change[]) =>
      sdk
        .send(new ChangeResourceRecordSetsCommand({ HostedZoneId: id, ChangeBatch: { Changes: changes } }))
        .then(
          () => 'ok',
          (e: Error) => e.name,
        );
    expect(await send(records(501, 'UPSERT'))).toBe('InvalidChangeBatch');
    expect(await send(records(1001, 'CREATE'))).toBe('InvalidChangeBatch');
    expect(server.rrsets(id)).toHaveLength(2);
    expect(await send(records(500, 'UPSERT'))).toBe('ok');
    expect(server.rrsets(id)).toHaveLength(502);
  });

  it('never puts a record and its ownership TXT in different requests', async () => {
    const { zone, id } = freshZone();
    // All records first, then all owners: a split by position alone would separate 667 pairs.
    const names = Array.from({ length: 1000 }, (_, i) => `app-${i}.${zone}`);
    const changes: RrsetChange[] = [
      ...names.map((n): RrsetChange => ({ kind: 'create', after: rr(n, 'A', ['192.0.2.7']) })),
      ...names.map((n): RrsetChange => ({
        kind: 'create',
        after: rr(n.replace('app-', 'a-app-'), 'TXT', [owner()]),
      })),
    ];
    const before = changeRequests().length;
    const { provider } = providerFor();
    await provider.applyChanges(zone, changes);
    const sent = changeRequests().slice(before);
    expect(sent.every((r) => r.status === 200)).toBe(true);
    for (const request of sent) {
      const held = new Set(request.rrsets);
      for (const entry of request.rrsets ?? []) {
        if (entry.endsWith(' A'))
          expect(held).toContain(entry.replace(' app-', ' a-app-').replace(/ A$/, ' TXT'));
      }
    }
    // As few requests as the limits allow: here the 32,000 characters decide.
    const chars = sent.reduce((sum, r) => sum + (r.valueChars ?? 0), 0);
    expect(sent).toHaveLength(Math.ceil(chars / 32_000));
    expect(server.rrsets(id)).toHaveLength(2002);
  });
});

describe('Route53Provider: aliases', () => {
  const elb = 'my-lb-1234.us-east-1.elb.amazonaws.com';

  it('writes a CNAME to a load balancer as an A alias and reads it back as that CNAME', async () => {
    const { zone, id } = freshZone();
    const { provider } = providerFor();
    const desired = rr(`app.${zone}`, 'CNAME', [elb], 300, { alias: 'true' });
    await provider.applyChanges(zone, [{ kind: 'create', after: desired }]);
    expect(server.rrsets(id).find((r) => r.name === `app.${zone}.`)).toEqual({
      name: `app.${zone}.`,
      type: 'A',
      aliasTarget: { hostedZoneId: 'Z35SXDOTRQ7X7K', dnsName: `${elb}.`, evaluateTargetHealth: true },
    });
    const listed = (await provider.listRecords(zone)).find((r) => r.name === `app.${zone}`);
    // The read-back equals the desired record, so a second plan has nothing to change.
    expect(listed).toEqual(desired);
  });

  it.each([
    ['alias by default', {}, 'CNAME', [elb], undefined, 300],
    ['alias by annotation', { aliasDefault: false }, 'CNAME', [elb], 'true', 300],
    ['annotation says no alias', {}, 'CNAME', [elb], 'false', 60],
    ['not an AWS target', {}, 'CNAME', ['lb.example.net'], undefined, 60],
    ['not a CNAME', {}, 'A', ['192.0.2.1'], undefined, 60],
  ])('normalizeRrset: %s', (_label, options, type, values, alias, ttl) => {
    const { provider } = providerFor(options);
    const input = rr('app.example.com', type, values, 60, alias === undefined ? undefined : { alias });
    // An alias has no TTL of its own and reads back with 300: planning with it avoids a perpetual diff.
    expect(provider.normalizeRrset(input).ttlSeconds).toBe(ttl);
  });

  it('writes apex CNAMEs as aliases even when aliases are off, with A and AAAA for CloudFront', async () => {
    const { zone, id } = freshZone();
    const { provider } = providerFor({ aliasDefault: false });
    await provider.applyChanges(zone, [
      { kind: 'create', after: rr(zone, 'CNAME', ['d111.cloudfront.net']) },
    ]);
    const apex = server.rrsets(id).filter((r) => r.name === `${zone}.` && r.aliasTarget);
    expect(apex.map((r) => [r.type, r.aliasTarget])).toEqual([
      ['A', { hostedZoneId: 'Z2FDTNDATAQYW2', dnsName: 'd111.cloudfront.net.', evaluateTargetHealth: false }],
      [
        'AAAA',
        { hostedZoneId: 'Z2FDTNDATAQYW2', dnsName: 'd111.cloudfront.net.', evaluateTargetHealth: false },
      ],
    ]);
    const listed = (await provider.listRecords(zone)).filter((r) => r.type === 'CNAME');
    expect(listed).toEqual([rr(zone, 'CNAME', ['d111.cloudfront.net'], 300, { alias: 'true' })]);
    // And back: delete sends both alias record sets with their exact values.
    await provider.applyChanges(zone, [{ kind: 'delete', before: listed[0]! }]);
    expect(server.rrsets(id).filter((r) => r.aliasTarget)).toEqual([]);
  });

  it('keeps a plain CNAME when the alias annotation says false, and updates it into an alias', async () => {
    const { zone, id } = freshZone();
    const { provider } = providerFor();
    const plain = rr(`www.${zone}`, 'CNAME', [elb], 60, { alias: 'false' });
    await provider.applyChanges(zone, [{ kind: 'create', after: plain }]);
    expect(server.rrsets(id).find((r) => r.name === `www.${zone}.`)?.type).toBe('CNAME');
    const [current] = (await provider.listRecords(zone)).filter((r) => r.name === `www.${zone}`);
    const aliased = rr(`www.${zone}`, 'CNAME', [elb], 300, { alias: 'true' });
    await provider.applyChanges(zone, [{ kind: 'update', before: current!, after: aliased }]);
    expect(server.rrsets(id).find((r) => r.name === `www.${zone}.`)?.type).toBe('A');
    expect((await provider.listRecords(zone)).find((r) => r.name === `www.${zone}`)).toEqual(aliased);
  });

  it('refuses an apex CNAME to a name Route 53 cannot alias, writing nothing', async () => {
    const { zone, id } = freshZone();
    const before = server.rrsets(id);
    const error = await rejection(
      providerFor().provider.applyChanges(zone, [
        { kind: 'create', after: rr(zone, 'CNAME', ['lb.example.net']) },
      ]),
    );
    expect(error.message).toContain('zone apex');
    expect(server.rrsets(id)).toEqual(before);
  });
});

describe('Route53Provider: safety and resilience', () => {
  it('retries throttled requests with the SDK backoff', async () => {
    const { zone, id } = freshZone();
    const before = server.requests.length;
    server.throttleNext(2);
    await providerFor().provider.applyChanges(zone, [
      { kind: 'create', after: rr(`t.${zone}`, 'A', ['192.0.2.3']) },
    ]);
    const codes = server.requests.slice(before).map((r) => r.errorCode ?? r.status);
    expect(codes.filter((c) => c === 'Throttling')).toHaveLength(2);
    expect(server.rrsets(id).some((r) => r.name === `t.${zone}.`)).toBe(true);
  });

  it('deletes a TXT another tool chunked differently by sending back its exact value', async () => {
    const { zone, id } = freshZone();
    server.seed(id, [
      { Name: `chunked.${zone}`, Type: 'TXT', TTL: 300, ResourceRecords: [{ Value: '"v=spf1 " "-all"' }] },
    ]);
    const { provider } = providerFor();
    const current = (await provider.listRecords(zone)).find((r) => r.name === `chunked.${zone}`)!;
    expect(current.values).toEqual(['v=spf1 -all']);
    await provider.applyChanges(zone, [{ kind: 'delete', before: current }]);
    expect(server.rrsets(id).some((r) => r.name === `chunked.${zone}.`)).toBe(false);
  });

  it('refuses an update when the record changed out of band since it was listed', async () => {
    const { zone, id } = freshZone();
    const { provider } = providerFor();
    await provider.applyChanges(zone, [{ kind: 'create', after: rr(`oob.${zone}`, 'A', ['192.0.2.1']) }]);
    server.seed(id, [
      { Name: `oob.${zone}`, Type: 'A', TTL: 300, ResourceRecords: [{ Value: '192.0.2.99' }] },
    ]);
    const error = await rejection(
      provider.applyChanges(zone, [
        {
          kind: 'update',
          before: rr(`oob.${zone}`, 'A', ['192.0.2.1']),
          after: rr(`oob.${zone}`, 'A', ['192.0.2.2']),
        },
      ]),
    );
    expect(error.message).toContain('InvalidChangeBatch');
    expect(error.message).toContain(`oob.${zone}`);
    expect(server.rrsets(id).find((r) => r.name === `oob.${zone}.`)?.values).toEqual(['192.0.2.99']);
  });

  it('never deletes or replaces record sets with a routing policy (SetIdentifier) it cannot model', async () => {
    const { zone, id } = freshZone();
    server.seed(id, [
      {
        Name: `w.${zone}`,
        Type: 'A',
        TTL: 60,
        SetIdentifier: 'blue',
        Weight: 90,
        ResourceRecords: [{ Value: '192.0.2.1' }],
      },
      {
        Name: `w.${zone}`,
        Type: 'A',
        TTL: 60,
        SetIdentifier: 'green',
        Weight: 10,
        ResourceRecords: [{ Value: '192.0.2.2' }],
      },
    ]);
    const { provider } = providerFor();
    const listed = (await provider.listRecords(zone)).find((r) => r.name === `w.${zone}`)!;
    const weighted = () => server.rrsets(id).filter((r) => r.name === `w.${zone}.`);
    const before = weighted();
    expect(before.map((r) => r.setIdentifier).sort()).toEqual(['blue', 'green']);
    const changes: RrsetChange[][] = [
      [{ kind: 'delete', before: listed }],
      [{ kind: 'update', before: listed, after: rr(`w.${zone}`, 'A', ['192.0.2.3'], 60) }],
    ];
    for (const change of changes) {
      const error = await rejection(provider.applyChanges(zone, change));
      expect(error.message).toContain(`w.${zone} A`);
      expect(error.message).toContain('routing polic');
      expect(weighted()).toEqual(before);
    }
  });

  it('waits for INSYNC when configured', async () => {
    const { zone } = freshZone();
    const sleeps: number[] = [];
    const { provider } = providerFor({
      waitForInsync: true,
      insyncPollMs: 1234,
      sleep: async (ms) => void sleeps.push(ms),
    });
    const before = server.requests.length;
    await provider.applyChanges(zone, [{ kind: 'create', after: rr(`w.${zone}`, 'A', ['192.0.2.4']) }]);
    const gets = server.requests.slice(before).filter((r) => r.operation === 'GetChange');
    expect(gets).toHaveLength(2);
    expect(sleeps).toEqual([1234]);
  });
});
