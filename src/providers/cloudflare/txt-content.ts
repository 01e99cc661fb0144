/**
 * TXT content as Cloudflare stores it: one or more quoted character-strings, each at most 255
 * bytes (RFC 1035 3.3.14), e.g. `"v=spf1 ..." "more"`. Our records carry the logical, unquoted
 * text; these two functions convert between the forms so values round-trip exactly.
 */

const maxChunkBytes = 255;

/** The logical text as quoted 255-byte character-strings (quotes and backslashes escaped). */
export function quoteTxt(text: string): string {
  const chunks: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of text) {
    const bytes = Buffer.byteLength(char, 'utf8');
    // Split on character boundaries so a multi-byte character never straddles two strings.
    if (currentBytes + bytes > maxChunkBytes) {
      chunks.push(current);
      current = '';
      currentBytes = 0;
    }
    current += char;
    currentBytes += bytes;
  }
  if (current !== '' || chunks.length === 0) chunks.push(current);
  return chunks.map((c) => `"${c.replace(/[\\"]/g, (m) => `\\${m}`)}"`).join(' ');
}

/**
 * The logical text of stored TXT content. Quoted strings are unescaped and concatenated; content
 * written unquoted (e.g. in the dashboard) is taken as it is.
 */
export function unquoteTxt(content: string): string {
  const trimmed = content.trim();
  if (!trimmed.startsWith('"')) return content;
  let out = '';
  let i = 0;
  while (i < trimmed.length) {
    if (trimmed[i] === ' ' || trimmed[i] === '\t') {
      i++;
      continue;
    }
    if (trimmed[i] !== '"') return content; // not a clean list of strings: keep it verbatim
    i++;
    while (i < trimmed.length && trimmed[i] !== '"') {
      if (trimmed[i] === '\\') {
        const decimal = /^\d{3}/.exec(trimmed.slice(i + 1, i + 4));
        if (decimal) {
          out += String.fromCharCode(Number(decimal[0]));
          i += 4;
          continue;
        }
        i++;
      }
      out += trimmed[i] ?? '';
      i++;
    }
    i++; // closing quote
  }
  return out;
}
