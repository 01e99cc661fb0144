/**
 * The provider contract: the behaviour every provider (zone files, PowerDNS, Cloudflare, Route 53)
 * must show, as one vitest suite each provider's test file registers with its own setup.
 *
 * `setup` is called once per test and must return a zone the test may change freely; the suite
 * compares whole listings against a snapshot taken at the start of each test, so apex SOA/NS and
 * other pre-existing records are allowed. Test records live under `<label>.<zone>` names.
 */
import { describe, expect, it } from 'vitest';
import { GitopsDnsError } from '../src/errors.js';
import type { Provider } from '../src/providers/provider.js';
import { rrsetKey, type Rrset, type RrsetChange } from '../src/records/record.js';

export interface ContractTarget {
  /** The provider under test. */
  provider: Provider;
  /** An existing empty-ish zone (apex SOA/NS may exist). */
  zone: string;
  /** Puts rrsets into the zone behind the provider's back (out of band), for setup. */
  seed(rrsets: Rrset[]): Promise<void>;
  /** Counts write requests the provider has made so far (or returns undefined if it cannot tell). */
  writes?(): number | undefined;
}

export interface ContractOptions {
  /** Size of the large-zone listing test (default 10,000 records). */
  largeZoneRecords?: number;
  /** Titles (or title prefixes) of tests this provider skips, with the reason in its own test file. */
  skip?: string[];
}

/** Comparable form of an rrset: what a listing must reproduce. */
interface Shape {
  name: string;
  type: string;
  ttlSeconds: number;
  values: string[];
}

function shape(r: Rrset): Shape {
  return { name: r.name, type: r.type, ttlSeconds: r.ttlSeconds, values: [...r.values].sort() };
}

/** A listing in comparable form. SOA is left out: providers bump its serial on every write. */
function shapes(rrsets: readonly Rrset[]): Shape[] {
  return rrsets
    .filter((r) => r.type !== 'SOA')
    .map(shape)
    .sort((a, b) => compareKeys(a, b));
}

function compareKeys(a: { name: string; type: string }, b: { name: string; type: string }): number {
  const ka = rrsetKey(a);
  const kb = rrsetKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** The listing expected after `changes` are applied to `before`. */
export function expectedAfter(before: readonly Rrset[], changes: readonly RrsetChange[]): Shape[] {
  const state = new Map(shapes(before).map((r) => [rrsetKey(r), r]));
  for (const change of changes) {
    if (change.kind === 'delete') state.delete(rrsetKey(change.before));
    else {
      if (change.kind === 'update') state.delete(rrsetKey(change.before));
      state.set(rrsetKey(change.after), shape(change.after));
    }
  }
  return [...state.values()].sort(compareKeys);
}

function rr(name: string, type: string, values: string[], ttlSeconds = 300): Rrset {
  return { name, type, ttlSeconds, values: [...values].sort() };
}

/** One sample rrset per common type, and a changed version of each (for updates). */
function samples(zone: string, label: string): { type: string; v1: Rrset; v2: Rrset }[] {
  const n = (t: string) => `${t.toLowerCase()}.${label}.${zone}`;
  return [
    { type: 'A', v1: rr(n('A'), 'A', ['192.0.2.1', '192.0.2.2']), v2: rr(n('A'), 'A', ['192.0.2.3'], 600) },
    {
      type: 'AAAA',
      v1: rr(n('AAAA'), 'AAAA', ['2001:db8::1']),
      v2: rr(n('AAAA'), 'AAAA', ['2001:db8::2', '2001:db8::3']),
    },
    {
      type: 'CNAME',
      v1: rr(n('CNAME'), 'CNAME', ['target.example.net']),
      v2: rr(n('CNAME'), 'CNAME', ['other.example.net'], 600),
    },
    {
      type: 'TXT',
      v1: rr(n('TXT'), 'TXT', ['hello world']),
      v2: rr(n('TXT'), 'TXT', ['hello again', 'second value']),
    },
    {
      type: 'MX',
      v1: rr(n('MX'), 'MX', ['10 mail.example.net', '20 mail2.example.net']),
      v2: rr(n('MX'), 'MX', ['5 mx.example.net']),
    },
    {
      type: 'SRV',
      v1: rr(n('SRV'), 'SRV', ['10 5 443 sip.example.net']),
      v2: rr(n('SRV'), 'SRV', ['10 5 443 sip.example.net', '20 0 8443 sip2.example.net']),
    },
    {
      type: 'CAA',
      v1: rr(n('CAA'), 'CAA', ['0 issue "letsencrypt.org"']),
      v2: rr(n('CAA'), 'CAA', ['0 issue "letsencrypt.org"', '0 iodef "mailto:security@example.net"']),
    },
  ];
}

/** TXT values that stress quoting and splitting. */
export const trickyTxtValues: readonly string[] = [
  'say "hello"',
  'back\\slash and \\" both',
  'spaces  inside   and at end ',
  'v=spf1 include:_spf.example.net; ~all; x=y',
  'x'.repeat(600),
];

const unsupportedCandidates = ['XYZ', 'HINFO'];

export function describeProviderContract(
  name: string,
  setup: () => Promise<ContractTarget>,
  options: ContractOptions = {},
): void {
  const skip = options.skip ?? [];
  const largeZoneRecords = options.largeZoneRecords ?? 10_000;
  const test = (title: string, fn: () => Promise<void>, timeoutMs?: number): void => {
    const skipped = skip.some((s) => title.startsWith(s));
    (skipped ? it.skip : it)(title, fn, timeoutMs);
  };

  describe(`provider contract: ${name}`, () => {
    test('list after create, update and delete returns exactly what was applied', async () => {
      const t = await setup();
      const cases = samples(t.zone, 'rt').filter((s) => t.provider.supportedTypes.has(s.type));
      expect(cases.length).toBeGreaterThan(0);
      const start = await t.provider.listRecords(t.zone);

      const creates: RrsetChange[] = cases.map((c) => ({ kind: 'create', after: c.v1 }));
      await t.provider.applyChanges(t.zone, creates);
      const afterCreate = await t.provider.listRecords(t.zone);
      expect(shapes(afterCreate)).toEqual(expectedAfter(start, creates));

      const updates: RrsetChange[] = cases.map((c) => ({ kind: 'update', before: c.v1, after: c.v2 }));
      await t.provider.applyChanges(t.zone, updates);
      const afterUpdate = await t.provider.listRecords(t.zone);
      expect(shapes(afterUpdate)).toEqual(expectedAfter(afterCreate, updates));

      const deletes: RrsetChange[] = cases.map((c) => ({ kind: 'delete', before: c.v2 }));
      await t.provider.applyChanges(t.zone, deletes);
      expect(shapes(await t.provider.listRecords(t.zone))).toEqual(shapes(start));
    });

    test('changes at one name leave the other rrsets of that name as they were', async () => {
      const t = await setup();
      const name = `shared.${t.zone}`;
      const a = rr(name, 'A', ['192.0.2.40', '192.0.2.41']);
      const txt = rr(name, 'TXT', ['v=spf1 -all', 'site-verification=abc']);
      const mx = rr(name, 'MX', ['10 mx.example.net']);
      const aaaa = rr(name, 'AAAA', ['2001:db8::40']);
      await t.seed([a, txt, mx, aaaa]);
      const start = await t.provider.listRecords(t.zone);
      const changes: RrsetChange[] = [
        { kind: 'update', before: a, after: rr(name, 'A', ['192.0.2.41', '192.0.2.42'], 600) },
        { kind: 'delete', before: txt },
      ];
      await t.provider.applyChanges(t.zone, changes);
      expect(shapes(await t.provider.listRecords(t.zone))).toEqual(expectedAfter(start, changes));
    });

    test('applying an empty change list makes no write', async () => {
      const t = await setup();
      const start = await t.provider.listRecords(t.zone);
      const writesBefore = t.writes?.();
      await t.provider.applyChanges(t.zone, []);
      if (writesBefore !== undefined) expect(t.writes?.()).toBe(writesBefore);
      expect(shapes(await t.provider.listRecords(t.zone))).toEqual(shapes(start));
    });

    test('an unsupported type is refused with a provider error and nothing is written', async () => {
      const t = await setup();
      const type = unsupportedCandidates.find((c) => !t.provider.supportedTypes.has(c));
      expect(type).toBeDefined();
      const start = await t.provider.listRecords(t.zone);
      const writesBefore = t.writes?.();
      const changes: RrsetChange[] = [
        { kind: 'create', after: rr(`ok.unsupported.${t.zone}`, 'A', ['192.0.2.10']) },
        { kind: 'create', after: rr(`bad.unsupported.${t.zone}`, type!, ['some data']) },
      ];
      const error = await t.provider.applyChanges(t.zone, changes).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(GitopsDnsError);
      expect((error as GitopsDnsError).code).toBe('provider');
      expect((error as GitopsDnsError).message).toContain(type!);
      if (writesBefore !== undefined) expect(t.writes?.()).toBe(writesBefore);
      expect(shapes(await t.provider.listRecords(t.zone))).toEqual(shapes(start));
    });

    test('TXT values with quotes, backslashes, spaces, semicolons and 600 characters round-trip', async () => {
      const t = await setup();
      const start = await t.provider.listRecords(t.zone);
      const changes: RrsetChange[] = trickyTxtValues.map((value, i) => ({
        kind: 'create',
        after: rr(`t${i}.txt.${t.zone}`, 'TXT', [value]),
      }));
      changes.push({ kind: 'create', after: rr(`all.txt.${t.zone}`, 'TXT', [...trickyTxtValues]) });
      await t.provider.applyChanges(t.zone, changes);
      const listed = await t.provider.listRecords(t.zone);
      expect(shapes(listed)).toEqual(expectedAfter(start, changes));
      const all = listed.find((r) => r.name === `all.txt.${t.zone}` && r.type === 'TXT');
      expect(all?.values).toEqual([...trickyTxtValues].sort());
    });

    test('a CNAME beside another type at one name is refused and the zone is unchanged', async () => {
      const t = await setup();
      const name = `clash.${t.zone}`;
      await t.seed([rr(name, 'A', ['192.0.2.20'])]);
      const start = await t.provider.listRecords(t.zone);
      const error = await t.provider
        .applyChanges(t.zone, [{ kind: 'create', after: rr(name, 'CNAME', ['target.example.net']) }])
        .then(
          () => undefined,
          (e: unknown) => e,
        );
      expect(error).toBeInstanceOf(GitopsDnsError);
      expect((error as GitopsDnsError).code).toBe('provider');
      expect((error as GitopsDnsError).message).toContain(name);
      expect(shapes(await t.provider.listRecords(t.zone))).toEqual(shapes(start));
    });

    test(`a zone with ${largeZoneRecords} records lists completely`, async () => {
      const t = await setup();
      const start = await t.provider.listRecords(t.zone);
      const seeded: Rrset[] = [];
      for (let i = 0; i < largeZoneRecords; i++) {
        const ip = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
        seeded.push(rr(`host-${String(i).padStart(5, '0')}.large.${t.zone}`, 'A', [ip]));
      }
      await t.seed(seeded);
      const listed = await t.provider.listRecords(t.zone);
      expect(listed.length).toBe(start.length + largeZoneRecords);
      expect(shapes(listed)).toEqual(
        expectedAfter(
          start,
          seeded.map((after) => ({ kind: 'create', after })),
        ),
      );
    }, 600_000);

    test('a failing change set leaves the zone exactly as it was', async () => {
      const t = await setup();
      const clash = `atomic-clash.${t.zone}`;
      const kept = rr(`atomic-kept.${t.zone}`, 'A', ['192.0.2.30']);
      await t.seed([rr(clash, 'TXT', ['planted out of band']), kept]);
      const start = await t.provider.listRecords(t.zone);
      const changes: RrsetChange[] = [
        { kind: 'delete', before: kept },
        { kind: 'create', after: rr(`atomic-new.${t.zone}`, 'A', ['192.0.2.31']) },
        { kind: 'create', after: rr(`atomic-txt.${t.zone}`, 'TXT', ['would be written']) },
        { kind: 'create', after: rr(clash, 'CNAME', ['target.example.net']) },
      ];
      await expect(t.provider.applyChanges(t.zone, changes)).rejects.toBeInstanceOf(GitopsDnsError);
      expect(shapes(await t.provider.listRecords(t.zone))).toEqual(shapes(start));
    });
  });
}
