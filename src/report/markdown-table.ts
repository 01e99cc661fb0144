import type { Block } from './fit-to-budget.js';

/** Header and delimiter lines of a GitHub table; cells must already be escaped. */
export function tableHead(columns: string[]): string {
  return `| ${columns.join(' | ')} |\n|${columns.map(() => ' --- |').join('')}\n`;
}

export function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |\n`;
}

/** `<details>` around a table, with a summary (HTML, escaped) that stays when rows are dropped. */
export function foldedTable(summary: string, noun: string, head: string, rows: string[]): Block[] {
  return [
    { kind: 'text', text: `<details><summary>${summary}</summary>\n\n` },
    { kind: 'table', noun, head, rows },
    { kind: 'text', text: '</details>\n\n' },
  ];
}
