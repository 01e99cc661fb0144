import { Resolver } from 'node:dns/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeProviderContract } from '../../../test/provider-contract.js';
import { startPowerDns, type PowerDnsServer } from '../../../test/support/powerdns-server.js';
import { GitopsDnsError } from '../../errors.js';
import type { Rrset, RrsetChange } from '../../records/record.js';
import type { ApiRrset } from './powerdns-client.js';
import { buildPatch, PowerDnsProvider } from './powerdns-provider.js';

let pdns: PowerDnsServer;
let zoneCounter = 0;

beforeAll(async () => {
  pdns = await startPowerDns();
});
afterAll(async () => {
  await pdns?.stop();
});

/** A fresh zone per test, so tests never see each other's records. */
async function freshZone(): Promise<string> {
  zoneCounter += 1;
  const zone = `z${zoneCounter}.pdns-provider.test`;
  await pdns.createZone(zone);
  return zone;
}

/** Requests the provider sends, by method; the fetch it uses goes to PowerDNS unchanged. */
function countingFetch(): { fetch: typeof fetch; methods: string[] } {
  const methods: string[] = [];
  return {
    methods,
    fetch: (input, init) => {
      methods.push(init?.method ?? 'GET');
      return fetch(input, init);
    },
  };
}

function providerFor(
  options: { fetch?: typeof fetch; apiKey?: string; url?: string } = {},
): PowerDnsProvider {
  return new PowerDnsProvider({
    url: options.url ?? pdns.apiUrl,
    server: pdns.server,
    apiKey: options.apiKey ?? pdns.apiKey,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
}

/** Writes rrsets straight through the API, behind the provider's back. */
async function patchOutOfBand(zone: string, rrsets: Rrset[]): Promise<void> {
  const response = await fetch(`${pdns.apiUrl}/api/v1/servers/localhost/zones/${zone}.`, {
    method: 'PATCH',
    headers: { 'X-API-Key': pdns.apiKey, 'Content-Type': 'application/json' },
    body: JSON.stringify({ rrsets: buildPatch(rrsets.map((after) => ({ kind: 'create', after }))) }),
  });
  if (!response.ok) throw new Error(`seeding ${zone}: HTTP ${response.status} ${await response.text()}`);
}

const rr = (name: string, type: string, values: string[], ttlSeconds = 300): Rrset => ({
  name,
  type,
  ttlSeconds,
  values: [...values].sort(),
});

async function rejection(promise: Promise<unknown>): Promise<GitopsDnsError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GitopsDnsError);
  return error as GitopsDnsError;
}

describeProviderContract('powerdns', async () => {
  const zone = await freshZone();
  const counter = countingFetch();
  return {
    provider: providerFor({ fetch: counter.fetch }),
    zone,
    seed: (rrsets) => patchOutOfBand(zone, rrsets),
    writes: () => counter.methods.filter((method) => method !== 'GET').length,
  };
});

describe('PowerDnsProvider against a real PowerDNS', () => {
  it('serves what it applied over real DNS', async () => {
    const zone = await freshZone();
    const provider = providerFor();
    const longText = `v=DKIM1; p=${'A'.repeat(400)}`;
    await provider.applyChanges(zone, [
      { kind: 'create', after: rr(`www.${zone}`, 'A', ['192.0.2.10', '192.0.2.11']) },
      { kind: 'create', after: rr(`www.${zone}`, 'AAAA', ['2001:db8::10']) },
      { kind: 'create', after: rr(`app.${zone}`, 'CNAME', ['lb.example.net']) },
      { kind: 'create', after: rr(`www.${zone}`, 'TXT', ['say "hi"; back\\slash', longText]) },
      { kind: 'create', after: rr(zone, 'MX', ['10 mail.example.net', '20 mail2.example.net']) },
      { kind: 'create', after: rr(`_sip._tcp.${zone}`, 'SRV', ['10 5 5060 sip.example.net']) },
      { kind: 'create', after: rr(zone, 'CAA', ['0 issue "letsencrypt.org"']) },
      { kind: 'create', after: rr(`10.${zone}`, 'PTR', ['host.example.net']) },
    ]);
    const resolver = new Resolver({ timeout: 2_000, tries: 2 });
    resolver.setServers([`127.0.0.1:${pdns.dnsPort}`]);
    expect((await resolver.resolve4(`www.${zone}`)).sort()).toEqual(['192.0.2.10', '192.0.2.11']);
    expect(await resolver.resolve6(`www.${zone}`)).toEqual(['2001:db8::10']);
    expect(await resolver.resolveCname(`app.${zone}`)).toEqual(['lb.example.net']);
    const txt = (await resolver.resolveTxt(`www.${zone}`)).map((strings) => strings.join('')).sort();
    expect(txt).toEqual(['say "hi"; back\\slash', longText].sort());
    expect(await resolver.resolveMx(zone)).toEqual(
      expect.arrayContaining([
        { priority: 10, exchange: 'mail.example.net' },
        { priority: 20, exchange: 'mail2.example.net' },
      ]),
    );
    expect(await resolver.resolveSrv(`_sip._tcp.${zone}`)).toEqual([
      { priority: 10, weight: 5, port: 5060, name: 'sip.example.net' },
    ]);
    expect(await resolver.resolveCaa(zone)).toEqual([{ critical: 0, issue: 'letsencrypt.org' }]);
    expect(await resolver.resolvePtr(`10.${zone}`)).toEqual(['host.example.net']);
  });

  it('sends a change set as one PATCH, and nothing at all for an empty one', async () => {
    const zone = await freshZone();
    const counter = countingFetch();
    const provider = providerFor({ fetch: counter.fetch });
    await provider.applyChanges(zone, []);
    expect(counter.methods).toEqual([]);
    await provider.applyChanges(zone, [
      { kind: 'create', after: rr(`a.${zone}`, 'A', ['192.0.2.1']) },
      { kind: 'create', after: rr(`b.${zone}`, 'A', ['192.0.2.2']) },
    ]);
    expect(counter.methods).toEqual(['GET', 'PATCH']);
  });

  it('replaces an A with a CNAME at one name in one change set', async () => {
    const zone = await freshZone();
    const provider = providerFor();
    const a = rr(`swap.${zone}`, 'A', ['192.0.2.1']);
    await provider.applyChanges(zone, [{ kind: 'create', after: a }]);
    const cname = rr(`swap.${zone}`, 'CNAME', ['lb.example.net']);
    await provider.applyChanges(zone, [
      { kind: 'create', after: cname },
      { kind: 'delete', before: a },
    ]);
    expect((await provider.listRecords(zone)).filter((r) => r.name === `swap.${zone}`)).toEqual([cname]);
  });

  it('when PowerDNS refuses the PATCH (a CNAME planted meanwhile), the zone stays as it was and the error names the record', async () => {
    const zone = await freshZone();
    const clash = `clash.${zone}`;
    let beforePatch: Rrset[] = [];
    // The CNAME lands between the provider's read and its PATCH, so only PowerDNS can catch it.
    const interposing: typeof fetch = async (input, init) => {
      if (init?.method === 'PATCH') {
        await patchOutOfBand(zone, [rr(clash, 'CNAME', ['elsewhere.example.net'])]);
        beforePatch = await providerFor().listRecords(zone);
      }
      return fetch(input, init);
    };
    const changes: RrsetChange[] = [
      { kind: 'create', after: rr(`first.${zone}`, 'A', ['192.0.2.1']) },
      { kind: 'create', after: rr(clash, 'A', ['192.0.2.2']) },
      { kind: 'create', after: rr(`zz-last.${zone}`, 'TXT', ['would be written']) },
    ];
    const error = await rejection(providerFor({ fetch: interposing }).applyChanges(zone, changes));
    expect(error.code).toBe('provider');
    expect(error.message).toContain(`at ${clash} A`);
    expect(error.message).toContain('Conflicts with pre-existing RRset');
    expect(await providerFor().listRecords(zone)).toEqual(beforePatch);
    expect(beforePatch).toContainEqual(rr(clash, 'CNAME', ['elsewhere.example.net']));
    expect(beforePatch.map((r) => r.name)).not.toContain(`first.${zone}`);
  });

  it('carries PowerDNS own message for content it cannot parse, and applies none of the set', async () => {
    const zone = await freshZone();
    const provider = providerFor();
    const before = await provider.listRecords(zone);
    const error = await rejection(
      provider.applyChanges(zone, [
        { kind: 'create', after: rr(`good.${zone}`, 'A', ['192.0.2.1']) },
        { kind: 'create', after: rr(`bad.${zone}`, 'A', ['999.0.2.1']) },
      ]),
    );
    expect(error.message).toContain(`at bad.${zone} A`);
    expect(error.message).toContain('unable to parse IP address');
    expect(await provider.listRecords(zone)).toEqual(before);
  });

  it('refuses a CNAME beside other data without sending anything', async () => {
    const zone = await freshZone();
    await patchOutOfBand(zone, [rr(`mixed.${zone}`, 'TXT', ['unowned'])]);
    const counter = countingFetch();
    const error = await rejection(
      providerFor({ fetch: counter.fetch }).applyChanges(zone, [
        { kind: 'create', after: rr(`mixed.${zone}`, 'CNAME', ['lb.example.net']) },
      ]),
    );
    expect(error.message).toContain(`mixed.${zone} CNAME would sit beside TXT`);
    expect(counter.methods).toEqual(['GET']);
  });

  it('leaves records nobody asked it to change untouched', async () => {
    const zone = await freshZone();
    const unowned = rr(`legacy.${zone}`, 'A', ['198.51.100.1'], 3600);
    await patchOutOfBand(zone, [unowned]);
    const provider = providerFor();
    await provider.applyChanges(zone, [{ kind: 'create', after: rr(`new.${zone}`, 'A', ['192.0.2.1']) }]);
    expect(await provider.listRecords(zone)).toContainEqual(unowned);
  });

  it('keeps disabled records and rrset comments that the change set cannot see', async () => {
    const zone = await freshZone();
    // Disabled records are not served, so they are not listed; an operator parked them on purpose.
    const seed = await fetch(`${pdns.apiUrl}/api/v1/servers/localhost/zones/${zone}.`, {
      method: 'PATCH',
      headers: { 'X-API-Key': pdns.apiKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        rrsets: [
          {
            name: `mixed.${zone}.`,
            type: 'A',
            ttl: 300,
            changetype: 'REPLACE',
            records: [
              { content: '192.0.2.1', disabled: false },
              { content: '192.0.2.2', disabled: true },
            ],
            comments: [{ content: 'parked .2 during maintenance', account: 'ops' }],
          },
          {
            name: `parked.${zone}.`,
            type: 'A',
            ttl: 300,
            changetype: 'REPLACE',
            records: [{ content: '192.0.2.9', disabled: true }],
          },
          {
            name: `gone.${zone}.`,
            type: 'A',
            ttl: 300,
            changetype: 'REPLACE',
            records: [
              { content: '192.0.2.5', disabled: false },
              { content: '192.0.2.6', disabled: true },
            ],
          },
        ],
      }),
    });
    expect(seed.ok).toBe(true);
    const provider = providerFor();
    const listed = await provider.listRecords(zone);
    expect(listed).toContainEqual(rr(`mixed.${zone}`, 'A', ['192.0.2.1']));
    expect(listed.map((r) => r.name)).not.toContain(`parked.${zone}`);

    await provider.applyChanges(zone, [
      {
        kind: 'update',
        before: rr(`mixed.${zone}`, 'A', ['192.0.2.1']),
        after: rr(`mixed.${zone}`, 'A', ['192.0.2.3'], 600),
      },
      { kind: 'create', after: rr(`parked.${zone}`, 'A', ['192.0.2.10']) },
      { kind: 'delete', before: rr(`gone.${zone}`, 'A', ['192.0.2.5']) },
    ]);

    const response = await fetch(`${pdns.apiUrl}/api/v1/servers/localhost/zones/${zone}.`, {
      headers: { 'X-API-Key': pdns.apiKey },
    });
    const rrsets = ((await response.json()) as { rrsets: (ApiRrset & { comments: { content: string }[] })[] })
      .rrsets;
    const at = (name: string) => rrsets.find((r) => r.name === `${name}.${zone}.` && r.type === 'A');
    const records = (name: string) =>
      [...(at(name)?.records ?? [])].sort((a, b) => (a.content < b.content ? -1 : 1));
    expect(records('mixed')).toEqual([
      { content: '192.0.2.2', disabled: true },
      { content: '192.0.2.3', disabled: false },
    ]);
    expect(at('mixed')?.ttl).toBe(600);
    expect(at('mixed')?.comments.map((c) => c.content)).toEqual(['parked .2 during maintenance']);
    expect(records('parked')).toEqual([
      { content: '192.0.2.10', disabled: false },
      { content: '192.0.2.9', disabled: true },
    ]);
    expect(records('gone')).toEqual([{ content: '192.0.2.6', disabled: true }]);
    const after = await provider.listRecords(zone);
    expect(after).toContainEqual(rr(`mixed.${zone}`, 'A', ['192.0.2.3'], 600));
    expect(after).toContainEqual(rr(`parked.${zone}`, 'A', ['192.0.2.10']));
    expect(after.map((r) => r.name)).not.toContain(`gone.${zone}`);
  });

  it('names a zone that does not exist instead of treating it as empty', async () => {
    const provider = providerFor();
    const listError = await rejection(provider.listRecords('missing.pdns-provider.test'));
    expect(listError.message).toContain('zone missing.pdns-provider.test does not exist');
    const applyError = await rejection(
      provider.applyChanges('missing.pdns-provider.test', [
        { kind: 'create', after: rr('a.missing.pdns-provider.test', 'A', ['192.0.2.1']) },
      ]),
    );
    expect(applyError.message).toContain('zone missing.pdns-provider.test does not exist');
  });

  it('reports a wrong API key and an unreachable server', async () => {
    const zone = await freshZone();
    const denied = await rejection(providerFor({ apiKey: 'wrong' }).listRecords(zone));
    expect(denied.message).toMatch(/HTTP 401/);
    const unreachable = await rejection(providerFor({ url: 'http://127.0.0.1:1' }).listRecords(zone));
    expect(unreachable.message).toContain('cannot reach the PowerDNS API at http://127.0.0.1:1');
  });

  it('accepts the base URL with a trailing /api/v1', async () => {
    const zone = await freshZone();
    const listed = await providerFor({ url: `${pdns.apiUrl}/api/v1/` }).listRecords(zone);
    expect(listed.map((r) => r.type).sort()).toEqual(['NS', 'SOA']);
  });
});
