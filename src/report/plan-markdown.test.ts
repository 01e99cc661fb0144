import { fc, it as prop } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { bigPlan, emptyPlan, samplePlan } from '../../test/plan-fixtures.js';
import type { Change, Plan, ZonePlan } from '../plan/plan.js';
import { DEFAULT_MAX_CHARS, renderPlanMarkdown } from './plan-markdown.js';

/** Cells of a table line, split on `|` that are not escaped with a backslash. */
function cellCount(line: string): number {
  return line.replace(/\\./g, '').split('|').length - 2;
}

/** Every table keeps the column count of its header: no value may split or end a row. */
function expectWellFormedTables(markdown: string): void {
  let columns = -1;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      columns = -1;
      continue;
    }
    if (columns === -1) columns = cellCount(line);
    else expect(cellCount(line), line).toBe(columns);
  }
}

function zoneWith(changes: Change[], extra: Partial<ZonePlan> = {}): ZonePlan {
  return { zone: 'example.com', changes, conflicts: [], rrsetChanges: [], ownedCount: 0, kept: [], ...extra };
}

function planOf(zones: ZonePlan[], extra: Partial<Plan> = {}): Plan {
  return { checksum: 'c'.repeat(64), zones, outsideZones: [], diagnostics: [], ...extra };
}

const source = { file: 'apps/my app (v2)/svc.yaml', line: 7, kind: 'Service', name: 'web' };
const create = (name: string, targets: string[]): Change => ({
  kind: 'create',
  name,
  type: 'TXT',
  after: { ttlSeconds: 300, targets },
  sources: [source],
});

describe('renderPlanMarkdown', () => {
  it('says "No changes" for an empty plan and names the quiet zones', () => {
    const text = renderPlanMarkdown(emptyPlan());
    expect(text).toContain('**No changes.** The DNS provider already matches the manifests.');
    expect(text).toContain('No changes in `example.net`, `example.org`.');
    expect(text).not.toContain('to create');
    expect(text).not.toContain('| Action |');
  });

  it('starts with the title, the header note and the summary line', () => {
    const text = renderPlanMarkdown(samplePlan(), {
      title: 'DNS plan for `prod`',
      headerNote: 'Config `gitops-dns.yaml`.',
    });
    expect(text.split('\n').slice(0, 5)).toEqual([
      '## DNS plan for `prod`',
      '',
      'Config `gitops-dns.yaml`.',
      '',
      '**3 to create, 2 to update, 3 to delete, 6 conflicts**',
    ]);
  });

  it.each([
    [undefined, 'apps/my app (v2)/svc.yaml:7'],
    [
      'https://github.com/o/r/blob/abc',
      '[apps/my app (v2)/svc.yaml:7](https://github.com/o/r/blob/abc/apps/my%20app%20%28v2%29/svc.yaml#L7)',
    ],
    [
      'https://github.com/o/r/blob/abc/',
      '[apps/my app (v2)/svc.yaml:7](https://github.com/o/r/blob/abc/apps/my%20app%20%28v2%29/svc.yaml#L7)',
    ],
  ])('links sources to manifest lines (linkBase %s)', (linkBase, expected) => {
    const text = renderPlanMarkdown(planOf([zoneWith([create('a.example.com', ['x'])])]), { linkBase });
    expect(text).toContain(` | ${expected} |\n`);
  });

  it('shows a blocked zone in a callout under the summary and in its heading', () => {
    const text = renderPlanMarkdown(samplePlan());
    expect(text).toContain('> [!CAUTION]\n> **Apply blocked for `example.org`:** 3 of 10 owned records');
    expect(text).toContain('### Zone `example.org` (apply blocked)');
  });

  it('keeps tables intact for values with pipes, backticks, HTML and newlines', () => {
    const nasty = ['a|b', '`x`', '<img src=x onerror=alert(1)>', 'line\nbreak', '\\|', '||||'];
    const text = renderPlanMarkdown(planOf([zoneWith([create('t.example.com', nasty)])]));
    expectWellFormedTables(text);
    // HTML only ever appears inside a code span, where GitHub shows it as text.
    expect(text.replace(/`[^`\n]*`/g, '')).not.toContain('<img');
    expect(text).toContain('`<img src=x onerror=alert(1)>`');
  });

  it('is stable: the same plan gives the same bytes', () => {
    expect(renderPlanMarkdown(samplePlan())).toBe(renderPlanMarkdown(samplePlan()));
  });

  describe('a 5,000-change plan', () => {
    const plan = bigPlan(5000);

    it.each([DEFAULT_MAX_CHARS, 65_536, 10_000])(
      'fits in %i characters with a truncation notice',
      (maxChars) => {
        const text = renderPlanMarkdown(plan, { maxChars });
        expect(text.length).toBeLessThanOrEqual(maxChars);
        const shown = text.split('\n').filter((l) => l.startsWith('| ➕ create')).length;
        expect(shown).toBeGreaterThan(0);
        // A small budget also cuts the diagnostics table once the change table is as short as it.
        const more = `${5000 - shown} more changes( and \\d+ more diagnostics)?`;
        expect(text).toMatch(
          new RegExp(`> … ${more} not shown; the full plan is in the job summary / JSON\\.`),
        );
        expect(text).toContain('**5000 to create, 0 to update, 0 to delete, 0 conflicts**');
        expect(text).toContain('<summary>Diagnostics: 0 errors, 50 warnings, 0 info</summary>');
        expect(text).toContain('| ➕ create | `host-00000.example.com` |');
        expect(text).toContain('<sub>Plan checksum');
        expectWellFormedTables(text);
      },
    );

    it('shows everything when the budget allows (the job summary)', () => {
      const text = renderPlanMarkdown(plan, { maxChars: 1_000_000, truncationHint: 'unused' });
      expect(text).not.toContain('not shown');
      expect(text).toContain('`host-04999.example.com`');
    });
  });

  it('stays within budget for pathological names', () => {
    const huge = 'x'.repeat(100_000);
    const plan = planOf([zoneWith([create(huge, [huge, '|'.repeat(5000)])], { zone: huge, blocked: huge })]);
    const text = renderPlanMarkdown(plan, { maxChars: 2_000 });
    expect(text.length).toBeLessThanOrEqual(2_000);
  });
});

const nameArb = fc.oneof(
  fc.domain(),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.constantFrom('a|b', '`', '<details>', '\n', '\\', '*'),
);
const stateArb = fc.record({
  ttlSeconds: fc.integer({ min: 0, max: 86400 }),
  targets: fc.array(nameArb, { maxLength: 15 }),
});
const sourceArb = fc.record({ file: nameArb, line: fc.nat(), kind: fc.constant('Service'), name: nameArb });
const changeArb: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    kind: fc.constant('create' as const),
    name: nameArb,
    type: nameArb,
    after: stateArb,
    sources: fc.array(sourceArb, { maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('update' as const),
    name: nameArb,
    type: fc.constant('A'),
    before: stateArb,
    after: stateArb,
    sources: fc.array(sourceArb, { maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    name: nameArb,
    type: fc.constant('CNAME'),
    before: stateArb,
  }),
);
const zoneArb: fc.Arbitrary<ZonePlan> = fc.record({
  zone: nameArb,
  changes: fc.array(changeArb, { maxLength: 60 }),
  conflicts: fc.array(
    fc.record({
      name: nameArb,
      type: nameArb,
      reason: fc.constantFrom(
        'owned-by-other',
        'not-owned',
        'claimed-twice',
        'cname-and-other',
        'apex-needs-prefix',
        'unsupported-type',
      ),
      message: fc.string({ maxLength: 600 }),
    }),
    { maxLength: 10 },
  ),
  rrsetChanges: fc.constant([]),
  ownedCount: fc.nat(),
  kept: fc.array(fc.record({ name: nameArb, type: nameArb, why: nameArb }), { maxLength: 5 }),
  blocked: fc.option(fc.string(), { nil: undefined }),
});
const planArb: fc.Arbitrary<Plan> = fc.record({
  checksum: fc.string({ maxLength: 64 }),
  zones: fc.array(zoneArb, { maxLength: 4 }),
  outsideZones: fc.array(
    fc.record({ name: nameArb, type: nameArb, sources: fc.array(sourceArb, { maxLength: 2 }) }),
    { maxLength: 5 },
  ),
  diagnostics: fc.array(
    fc.record({
      severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
      code: nameArb,
      message: fc.string({ maxLength: 300 }),
      file: fc.option(nameArb, { nil: undefined }),
      line: fc.option(fc.nat(), { nil: undefined }),
    }),
    { maxLength: 10 },
  ),
});

describe('renderPlanMarkdown (property)', () => {
  prop.prop([planArb, fc.integer({ min: 0, max: 20_000 }), fc.option(fc.webUrl(), { nil: undefined })], {
    numRuns: 150,
  })('never exceeds maxChars and never breaks a table', (plan, maxChars, linkBase) => {
    const text = renderPlanMarkdown(plan, { maxChars, linkBase });
    expect(text.length).toBeLessThanOrEqual(maxChars);
    if (!text.includes('cut to fit the size limit')) expectWellFormedTables(text);
  });
});
