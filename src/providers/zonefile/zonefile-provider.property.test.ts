import fc from 'fast-check';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rrsetKey, type Rrset, type RrsetChange } from '../../records/record.js';
import { ZonefileProvider } from './zonefile-provider.js';

/** Hand-written zones: lines marked "untouched" (or the head comment) must keep their bytes. */
const handWrittenZones: Record<string, string> = {
  'with $TTL, $ORIGIN and blank owners': [
    '; kept by hand',
    '$ORIGIN example.com.',
    '$TTL 1h',
    '@   IN SOA ns1.example.net. hostmaster ( 2024010100 2h 15m 2w 5m )',
    '    IN NS  ns1.example.net.',
    'www 300 IN A 192.0.2.1 ; web',
    '    IN TXT "hello" "world"',
    'mail IN 600 MX 10 mx.example.net.',
    '$ORIGIN sub.example.com.',
    'api CNAME www.example.com. ; untouched',
    'txt TXT ( "a long one" ; split',
    '          " over lines" )',
    '',
  ].join('\n'),
  'without $TTL: omitted TTLs follow the last explicit one': [
    '; kept by hand, no $TTL',
    '$ORIGIN example.com.',
    '@ 3600 IN SOA ns1.example.net. hostmaster 2024010100 7200 900 1209600 300',
    '  IN NS ns1.example.net.',
    'a 60 IN A 192.0.2.7',
    '  TXT "owned by a"',
    'keep1 A 192.0.2.8',
    'b.c 120 A 192.0.2.9',
    'keep2 A 192.0.2.10',
    '  TXT "keep2 too"',
    'fixed 30 TXT "untouched"',
  ].join('\n'),
};

const names = ['www', 'mail', 'a', 'b.c', '*.w', 'example.com'].map((n) =>
  n === 'example.com' ? n : `${n}.example.com`,
);
const generatedName = (name: string): boolean => names.includes(name) && name !== 'example.com';

const txt = fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 40 }));
const valueArbitraries: Record<string, fc.Arbitrary<string>> = {
  A: fc.ipV4(),
  // Canonical (RFC 5952) form, as listings return it: no zero group.
  AAAA: fc.integer({ min: 1, max: 0xffff }).map((n) => `2001:db8::${n.toString(16)}`),
  TXT: txt,
  MX: fc
    .tuple(fc.integer({ min: 0, max: 65535 }), fc.constantFrom('mx', 'mx2', 'relay.b'))
    .map(([pref, host]) => `${pref} ${host}.example.net`),
  CNAME: fc.constantFrom('target.example.net', 'other.example.org'),
};

const rrsetArb: fc.Arbitrary<Rrset> = fc
  .record({
    name: fc.constantFrom(...names.filter(generatedName)),
    type: fc.constantFrom(...Object.keys(valueArbitraries)),
    ttlSeconds: fc.integer({ min: 0, max: 86400 }),
    seed: fc.nat(),
  })
  .chain(({ name, type, ttlSeconds }) =>
    fc
      .uniqueArray(valueArbitraries[type]!, { minLength: 1, maxLength: type === 'CNAME' ? 1 : 3 })
      .map((values) => ({ name, type, ttlSeconds, values: values.sort() })),
  );

/** A desired state for the generated names: one rrset per key, no CNAME beside other data. */
const desiredArb = fc.uniqueArray(rrsetArb, { selector: rrsetKey, maxLength: 8 }).map((rrsets) => {
  const typesAt = (name: string) => rrsets.filter((r) => r.name === name).length;
  return rrsets.filter((r) => r.type !== 'CNAME' || typesAt(r.name) === 1);
});

function diff(current: Rrset[], desired: Rrset[]): RrsetChange[] {
  const want = new Map(desired.map((r) => [rrsetKey(r), r]));
  const changes: RrsetChange[] = [];
  for (const before of current.filter((r) => generatedName(r.name))) {
    const after = want.get(rrsetKey(before));
    if (!after) changes.push({ kind: 'delete', before });
    else if (JSON.stringify(after) !== JSON.stringify(before))
      changes.push({ kind: 'update', before, after });
    want.delete(rrsetKey(before));
  }
  for (const after of want.values()) changes.push({ kind: 'create', after });
  return changes;
}

const sortRrsets = (rrsets: Rrset[]): Rrset[] =>
  [...rrsets].sort((a, b) => (rrsetKey(a) < rrsetKey(b) ? -1 : rrsetKey(a) > rrsetKey(b) ? 1 : 0));

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('ZonefileProvider (property)', () => {
  it.each(Object.entries(handWrittenZones))(
    '%s: applying the diff to any desired state lists exactly that state',
    async (_title, handWritten) => {
      const untouchedLines = handWritten
        .split('\n')
        .filter((l) => /untouched|over lines|kept by hand/.test(l));
      const dir = await mkdtemp(path.join(tmpdir(), 'gitops-dns-zonefile-prop-'));
      dirs.push(dir);
      const file = path.join(dir, 'example.com.zone');
      const provider = new ZonefileProvider({ directory: dir, now: () => new Date('2025-01-01T00:00:00Z') });
      await fc.assert(
        fc.asyncProperty(fc.array(desiredArb, { minLength: 1, maxLength: 3 }), async (states) => {
          await writeFile(file, handWritten);
          const fixed = (await provider.listRecords('example.com')).filter(
            (r) => !generatedName(r.name) && r.type !== 'SOA',
          );
          for (const desired of states) {
            const current = await provider.listRecords('example.com');
            await provider.applyChanges('example.com', diff(current, desired));
            const listed = (await provider.listRecords('example.com')).filter((r) => r.type !== 'SOA');
            expect(listed).toEqual(sortRrsets([...fixed, ...desired]));
            expect(diff(await provider.listRecords('example.com'), desired)).toEqual([]);
          }
          const text = await readFile(file, 'utf8');
          for (const line of untouchedLines) expect(text).toContain(line);
        }),
        { numRuns: 60 },
      );
    },
  );
});
