/**
 * TXT values: our model holds one logical string per value; Route 53 holds a sequence of quoted
 * character-strings of at most 255 bytes each, with `"` and `\` escaped by a backslash and any
 * other byte outside printable ASCII written as a three-digit octal escape (`\ddd`).
 */

const MAX_STRING_BYTES = 255;

/** `hello "world"` -> `"hello \"world\""`; long text becomes several quoted strings. */
export function encodeTxtValue(text: string): string {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length === 0) return '""';
  const chunks: string[] = [];
  for (let start = 0; start < bytes.length; start += MAX_STRING_BYTES) {
    chunks.push(`"${escapeBytes(bytes.subarray(start, start + MAX_STRING_BYTES))}"`);
  }
  return chunks.join(' ');
}

function escapeBytes(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) {
    if (byte === 0x22 || byte === 0x5c) out += `\\${String.fromCharCode(byte)}`;
    else if (byte >= 0x20 && byte <= 0x7e) out += String.fromCharCode(byte);
    else out += `\\${byte.toString(8).padStart(3, '0')}`;
  }
  return out;
}

/**
 * `"abc" "def"` -> `abcdef`. Escapes are resolved to bytes first and the bytes decoded as UTF-8
 * at the end, so a multi-byte character split across two strings or escaped byte by byte survives.
 * A value without quotes (possible for records written by other tools) is taken as written.
 */
export function decodeTxtValue(wire: string): string {
  const bytes: number[] = [];
  let inQuotes = false;
  let sawQuote = false;
  for (let i = 0; i < wire.length; i++) {
    const ch = wire[i]!;
    if (ch === '"') {
      inQuotes = !inQuotes;
      sawQuote = true;
    } else if (ch === '\\' && i + 1 < wire.length) {
      const octal = /^[0-7]{3}/.exec(wire.slice(i + 1, i + 4));
      if (octal) {
        bytes.push(parseInt(octal[0], 8));
        i += 3;
      } else {
        pushText(bytes, wire[i + 1]!);
        i += 1;
      }
    } else if (inQuotes || !/\s/.test(ch)) {
      pushText(bytes, ch);
    } else if (!sawQuote) {
      pushText(bytes, ch);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function pushText(bytes: number[], text: string): void {
  for (const byte of Buffer.from(text, 'utf8')) bytes.push(byte);
}
