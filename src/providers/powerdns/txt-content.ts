/**
 * TXT record content in PowerDNS's API: one or more quoted character-strings in zone-file syntax,
 * e.g. `"v=spf1 ~all"` or `"first 255 bytes" "rest"`. Our records hold the one logical string.
 */

/** RFC 1035: one character-string holds at most 255 bytes. */
const maxStringBytes = 255;

const quote = 0x22;
const backslash = 0x5c;

/**
 * Escapes one byte for a quoted string. Bytes outside printable ASCII become `\DDD`, so a chunk
 * boundary inside a UTF-8 sequence is harmless: reading concatenates bytes, then decodes.
 */
function escapeByte(byte: number): string {
  if (byte === quote || byte === backslash) return `\\${String.fromCharCode(byte)}`;
  if (byte >= 0x20 && byte <= 0x7e) return String.fromCharCode(byte);
  return `\\${String(byte).padStart(3, '0')}`;
}

/** Our TXT value -> PowerDNS content: quoted, escaped, split into 255-byte strings. */
export function encodeTxtContent(value: string): string {
  const bytes = new TextEncoder().encode(value);
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length || chunks.length === 0; start += maxStringBytes) {
    const chunk = bytes.subarray(start, start + maxStringBytes);
    chunks.push(`"${Array.from(chunk, escapeByte).join('')}"`);
  }
  return chunks.join(' ');
}

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** Reads one escape after a backslash at `index`; returns the bytes and the index after it. */
function readEscape(content: string, index: number): { bytes: number[]; next: number } {
  const digits = content.slice(index + 1, index + 4);
  if (digits.length === 3 && [...digits].every(isDigit)) {
    return { bytes: [Number(digits) & 0xff], next: index + 4 };
  }
  const char = content[index + 1];
  if (char === undefined) return { bytes: [backslash], next: index + 1 };
  return { bytes: [...new TextEncoder().encode(char)], next: index + 2 };
}

/**
 * PowerDNS content -> our TXT value: every character-string unescaped and concatenated, as
 * external-dns and resolvers join the strings of one record. Unquoted tokens (content written by
 * other tools) are read as strings too.
 */
export function decodeTxtContent(content: string): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  let index = 0;
  while (index < content.length) {
    const char = content[index];
    if (char === ' ' || char === '\t') {
      index += 1;
      continue;
    }
    const quoted = char === '"';
    if (quoted) index += 1;
    while (index < content.length) {
      const current = content[index]!;
      if (quoted ? current === '"' : current === ' ' || current === '\t') break;
      if (current === '\\') {
        const escape = readEscape(content, index);
        bytes.push(...escape.bytes);
        index = escape.next;
      } else {
        const codePoint = content.codePointAt(index)!;
        const text = String.fromCodePoint(codePoint);
        bytes.push(...encoder.encode(text));
        index += text.length;
      }
    }
    if (quoted) index += 1;
  }
  return new TextDecoder().decode(new Uint8Array(bytes));
}
