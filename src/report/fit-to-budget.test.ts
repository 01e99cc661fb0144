import { describe, expect, it } from 'vitest';
import { type Block, type TableBlock, fitToBudget } from './fit-to-budget.js';

function table(noun: string, count: number, pad = 0): TableBlock {
  const rows = Array.from(
    { length: count },
    (_, i) => `| ${noun}-${String(i).padStart(3, '0')}${' '.repeat(pad)} |\n`,
  );
  return { kind: 'table', noun, head: '| h |\n| --- |\n', rows };
}

function doc(...tables: TableBlock[]): Block[] {
  return [
    { kind: 'text', text: '# Title\n\n' },
    { kind: 'notice', hint: 'see the JSON' },
    ...tables.flatMap((t): Block[] => [t, { kind: 'text', text: 'between\n\n' }]),
    { kind: 'text', text: 'footer\n' },
  ];
}

const visibleRows = (text: string, noun: string) =>
  text.split('\n').filter((l) => l.startsWith(`| ${noun}-`));

describe('fitToBudget', () => {
  it('renders everything, with no notice, when the document fits', () => {
    const text = fitToBudget(doc(table('a', 2)), 10_000);
    expect(text).toBe('# Title\n\n| h |\n| --- |\n| a-000 |\n| a-001 |\n\nbetween\n\nfooter\n');
  });

  it('drops rows from the end of the biggest table first and says how many', () => {
    const blocks = doc(table('small', 5), table('big', 40));
    const full = fitToBudget(blocks, 1_000_000).length;
    const text = fitToBudget(blocks, full - 200);
    expect(text.length).toBeLessThanOrEqual(full - 200);
    expect(visibleRows(text, 'small')).toHaveLength(5);
    const big = visibleRows(text, 'big');
    expect(big[0]).toBe('| big-000 |');
    expect(big.length).toBeLessThan(40);
    expect(text).toContain(`… ${40 - big.length} more big not shown\n`);
    expect(text).toContain(`> [!NOTE]\n> … ${40 - big.length} more big not shown; see the JSON.\n`);
  });

  it('evens out tables and names every table that lost rows in the notice', () => {
    const blocks = doc(table('a', 30), table('b', 30));
    const text = fitToBudget(blocks, 600);
    const a = visibleRows(text, 'a').length;
    const b = visibleRows(text, 'b').length;
    expect(Math.abs(a - b)).toBeLessThanOrEqual(1);
    expect(text).toContain(`> … ${30 - a} more a and ${30 - b} more b not shown; see the JSON.`);
    expect(text.length).toBeLessThanOrEqual(600);
  });

  it('drops a whole table, header included, before giving up', () => {
    const text = fitToBudget(doc(table('a', 3, 100)), 120);
    expect(text).not.toContain('| h |');
    expect(text).toContain('… 3 more a not shown');
    expect(text.endsWith('footer\n')).toBe(true);
  });

  it('cuts hard at a line end when the fixed text alone is too long', () => {
    const blocks: Block[] = [{ kind: 'text', text: 'line\n'.repeat(100) }];
    const text = fitToBudget(blocks, 100);
    expect(text.length).toBeLessThanOrEqual(100);
    expect(text.endsWith('… cut to fit the size limit\n')).toBe(true);
  });

  it.each([0, 1, 5, 20, 33, 80])('never exceeds a budget of %i', (max) => {
    expect(fitToBudget(doc(table('a', 10), table('b', 3)), max).length).toBeLessThanOrEqual(max);
  });

  it('never leaves half a surrogate pair when cutting', () => {
    const text = fitToBudget([{ kind: 'text', text: '😀'.repeat(50) }], 7);
    expect(text).toBe('😀😀😀');
  });
});
