/*
 * Escaping for text that lands in a GitHub markdown table cell. Everything shown in a plan comes
 * from manifests or the provider (a TXT value may hold `|`, backticks, HTML or newlines), so every
 * cell goes through one of these functions: a stray `|` would split the table, a newline would
 * end it, and HTML would be rendered.
 */

/** Longest piece of one value shown in markdown; the JSON plan carries the rest. */
export const MAX_VALUE_CHARS = 200;

/** Cuts a string to at most `max` characters (UTF-16 units), ending with `…` when cut. */
export function clip(text: string, max = MAX_VALUE_CHARS): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - 1));
  // Never leave half of a surrogate pair behind.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/** Line breaks and other control characters would end a table row; show them as one space. */
function flatten(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ');
}

/** Escapes text for HTML content such as `<summary>`. */
export function escapeHtml(text: string): string {
  return flatten(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** Escapes plain text for a table cell: markdown punctuation, HTML and `|` lose their meaning. */
export function escapeMarkdown(text: string): string {
  return flatten(text)
    .replace(/[\\`*_[\]~|!#]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * Shows a value in a code span (DNS names read best in code, and GitHub does not auto-link them
 * there). Values a code span cannot hold safely (a backtick, a `|`) fall back to escaped text.
 */
export function codeSpan(value: string, max = MAX_VALUE_CHARS): string {
  const text = flatten(clip(value, max));
  if (text.trim() === '' || /[`|]/.test(text) || text !== text.trim())
    return escapeMarkdown(text) || '&nbsp;';
  return `\`${text}\``;
}

/**
 * Escapes a message written for people: text between a pair of backticks stays a code span
 * (messages name keys and fixes that way), the rest is escaped.
 */
export function escapeMessage(message: string, max = 500): string {
  const parts = flatten(clip(message, max)).split(/(`[^`|]+`)/);
  return parts.map((part, i) => (i % 2 === 1 ? part : escapeMarkdown(part))).join('');
}
