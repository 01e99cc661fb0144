import type { SourceRef } from '../records/record.js';
import { clip, escapeMarkdown } from './escape-markdown.js';

/** Sources shown per cell; the JSON plan lists them all. */
const MAX_SOURCES = 3;

/** A URL path from a repository-relative file: each segment encoded, `(` and `)` too (they end a link). */
function encodePath(file: string): string {
  return file
    .split('/')
    .map((segment) =>
      encodeURIComponent(segment).replace(
        /[()'!*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/');
}

/**
 * `file:line`, as a link to that line when `linkBase` is given (e.g.
 * `https://github.com/o/r/blob/<sha>/`, the PR's head commit).
 */
export function sourceLink(file: string, line: number | undefined, linkBase?: string): string {
  const label = escapeMarkdown(clip(line !== undefined ? `${file}:${line}` : file));
  if (!linkBase) return label;
  const base = linkBase.endsWith('/') ? linkBase : `${linkBase}/`;
  return `[${label}](${base}${encodePath(file)}${line !== undefined ? `#L${line}` : ''})`;
}

/** The sources of a change for one table cell: up to three links, then `+N more`. */
export function sourcesCell(sources: readonly SourceRef[] | undefined, linkBase?: string): string {
  if (!sources || sources.length === 0) return '';
  const shown = sources.slice(0, MAX_SOURCES).map((s) => sourceLink(s.file, s.line, linkBase));
  if (sources.length > MAX_SOURCES) shown.push(`+${sources.length - MAX_SOURCES} more`);
  return shown.join('<br>');
}
