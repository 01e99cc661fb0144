/*
 * Fits a markdown document into a character budget (GitHub refuses comments over 65,536
 * characters). The document is a list of blocks: fixed text, tables whose rows may be dropped,
 * and one notice slot. Rows are dropped from the end of the table that currently shows the most
 * rows (the later table on a tie), one at a time, until the document fits; each cut table says how
 * many rows it lost, and the notice slot sums them up. Lengths are computed from prefix sums, so a
 * 5,000-row plan costs no re-rendering. If the fixed text alone is too long, the document is cut
 * hard at a line end. The result never exceeds the budget.
 */

export interface TextBlock {
  kind: 'text';
  text: string;
}

export interface TableBlock {
  kind: 'table';
  /** Plural noun for the rows, e.g. `changes`; used in the notices. */
  noun: string;
  /** Header and delimiter lines, each ending in a newline. */
  head: string;
  /** One line each, ending in a newline. */
  rows: string[];
}

export interface NoticeBlock {
  kind: 'notice';
  /** Words after the counts, e.g. `the full plan is in the job summary / JSON`. */
  hint: string;
}

export type Block = TextBlock | TableBlock | NoticeBlock;

interface TableState {
  block: TableBlock;
  /** prefix[k] = total length of the first k rows. */
  prefix: number[];
  shown: number;
}

function tableTail(hidden: number, noun: string): string {
  return hidden > 0 ? `… ${hidden} more ${noun} not shown\n\n` : '';
}

function renderTable(t: TableState): string {
  const { block, shown } = t;
  const body = shown > 0 ? `${block.head}${block.rows.slice(0, shown).join('')}\n` : '';
  return body + tableTail(block.rows.length - shown, block.noun);
}

function tableLength(t: TableState): number {
  const { block, shown } = t;
  const body = shown > 0 ? block.head.length + (t.prefix[shown] ?? 0) + 1 : 0;
  return body + tableTail(block.rows.length - shown, block.noun).length;
}

/** `3 more changes and 2 more diagnostics`, in the order the tables appear. */
function hiddenSummary(tables: TableState[]): string {
  const byNoun = new Map<string, number>();
  for (const t of tables) {
    const hidden = t.block.rows.length - t.shown;
    if (hidden > 0) byNoun.set(t.block.noun, (byNoun.get(t.block.noun) ?? 0) + hidden);
  }
  const parts = [...byNoun].map(([noun, n]) => `${n} more ${noun}`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function renderNotice(block: NoticeBlock, tables: TableState[]): string {
  const hidden = hiddenSummary(tables);
  return hidden === '' ? '' : `> [!NOTE]\n> … ${hidden} not shown; ${block.hint}.\n\n`;
}

/** Cuts at the last line end that leaves room for the closing notice. */
function hardCut(text: string, maxChars: number): string {
  const tail = '\n\n… cut to fit the size limit\n';
  if (maxChars <= tail.length) return text.slice(0, maxChars).replace(/[\uD800-\uDBFF]$/, '');
  const head = text.slice(0, maxChars - tail.length);
  const lineEnd = head.lastIndexOf('\n');
  return (lineEnd > 0 ? head.slice(0, lineEnd) : head.replace(/[\uD800-\uDBFF]$/, '')) + tail;
}

function render(blocks: Block[], states: Map<TableBlock, TableState>): string {
  const tables = [...states.values()];
  return blocks
    .map((b) => {
      if (b.kind === 'text') return b.text;
      if (b.kind === 'notice') return renderNotice(b, tables);
      const state = states.get(b);
      return state ? renderTable(state) : '';
    })
    .join('');
}

/** Picks the table that shows the most rows; the later one on a tie. */
function biggest(tables: TableState[]): TableState | undefined {
  let best: TableState | undefined;
  for (const t of tables) if (t.shown > 0 && (!best || t.shown >= best.shown)) best = t;
  return best;
}

/** Renders the blocks, dropping table rows as needed so the result has at most `maxChars` characters. */
export function fitToBudget(blocks: Block[], maxChars: number): string {
  const states = new Map<TableBlock, TableState>();
  for (const b of blocks) {
    if (b.kind !== 'table') continue;
    const prefix = [0];
    for (const row of b.rows) prefix.push((prefix[prefix.length - 1] ?? 0) + row.length);
    states.set(b, { block: b, prefix, shown: b.rows.length });
  }
  const tables = [...states.values()];
  const fixed = blocks.reduce((n, b) => n + (b.kind === 'text' ? b.text.length : 0), 0);
  const notices = blocks.filter((b): b is NoticeBlock => b.kind === 'notice');
  const total = () =>
    fixed +
    tables.reduce((n, t) => n + tableLength(t), 0) +
    notices.reduce((n, b) => n + renderNotice(b, tables).length, 0);

  for (let t = biggest(tables); t && total() > maxChars; t = biggest(tables)) t.shown--;
  const text = render(blocks, states);
  return text.length <= maxChars ? text : hardCut(text, maxChars);
}
