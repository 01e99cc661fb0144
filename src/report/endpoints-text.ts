import type { Diagnostic } from '../records/diagnostic.js';
import type { SourceRef } from '../records/record.js';
import type { Extraction } from '../sources/extraction.js';

/** Options of the terminal rendering. */
export interface EndpointsTextOptions {
  /** ANSI colours (the caller decides from the terminal and NO_COLOR). */
  color: boolean;
}

type Paint = (code: number, text: string) => string;

/** `gitops-dns endpoints --format text`: records, unknown names, conflicts, egress, diagnostics. */
export function renderEndpointsText(x: Extraction, opts: EndpointsTextOptions): string {
  const paint: Paint = (code, text) => (opts.color ? `\u001b[${code}m${text}\u001b[0m` : text);
  const lines: string[] = [];
  const section = (title: string, count: number): void => {
    if (lines.length > 0) lines.push('');
    lines.push(paint(1, `${title} (${count})`));
  };
  section('Endpoints', x.records.length);
  const nameWidth = Math.min(48, Math.max(0, ...x.records.map((record) => record.name.length)));
  for (const record of x.records) {
    const extras = [
      record.ttlSeconds !== undefined ? `ttl ${record.ttlSeconds}` : '',
      record.setIdentifier !== undefined ? `set ${record.setIdentifier}` : '',
      ...Object.entries(record.providerSpecific ?? {}).map(([key, value]) => `${key}=${value}`),
    ].filter((part) => part !== '');
    lines.push(
      `  ${record.name.padEnd(nameWidth)}  ${record.type.padEnd(5)} ${record.targets.join(', ')}` +
        (extras.length > 0 ? paint(2, `  (${extras.join(', ')})`) : ''),
    );
    for (const source of record.sources) lines.push(paint(2, `      from ${describe(source)}`));
  }
  if (x.unknown.length > 0) {
    section('Unknown targets: existing records are kept', x.unknown.length);
    for (const entry of x.unknown) {
      lines.push(`  ${paint(33, entry.name)}`);
      for (const source of entry.sources) lines.push(paint(2, `      from ${describe(source)}`));
    }
  }
  if (x.claimedTwice.length > 0) {
    section('Claimed twice: no record until one manifest gives way', x.claimedTwice.length);
    for (const entry of x.claimedTwice) {
      lines.push(`  ${paint(31, `${entry.name} ${entry.type}`)}`);
      for (const source of entry.sources) lines.push(paint(2, `      from ${describe(source)}`));
    }
  }
  section('Egress hosts', x.egress.length);
  for (const host of x.egress) {
    const ports = host.ports.map((port) => `${port.number}/${port.protocol}`).join(', ');
    lines.push(
      `  ${host.host}${ports ? `  ${ports}` : ''}${host.resolution ? paint(2, `  (${host.resolution})`) : ''}`,
    );
    for (const source of host.sources) lines.push(paint(2, `      from ${describe(source)}`));
  }
  if (x.diagnostics.length > 0) {
    section('Diagnostics', x.diagnostics.length);
    for (const diagnostic of x.diagnostics) lines.push(`  ${diagnosticLine(diagnostic, paint)}`);
  }
  lines.push('', summary(x));
  return `${lines.join('\n')}\n`;
}

function describe(source: SourceRef): string {
  return `${source.file}:${source.line} ${source.kind} ${source.namespace ? `${source.namespace}/` : ''}${source.name}`;
}

const severityColor: Record<Diagnostic['severity'], number> = { error: 31, warning: 33, info: 36 };

function diagnosticLine(diagnostic: Diagnostic, paint: Paint): string {
  const where = diagnostic.file
    ? `${diagnostic.file}${diagnostic.line !== undefined ? `:${diagnostic.line}` : ''}: `
    : '';
  return `${paint(severityColor[diagnostic.severity], diagnostic.severity.padEnd(7))} ${where}${diagnostic.message}`;
}

function summary(x: Extraction): string {
  const kinds = Object.entries(x.countsByKind)
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ');
  const unreadable =
    x.unreadableDocuments > 0 ? `; ${x.unreadableDocuments} could not be read (see diagnostics)` : '';
  return `Read ${x.documents} documents${kinds ? ` (${kinds})` : ''}${unreadable}.`;
}
