import { GitopsDnsError } from '../../errors.js';

/** One word of a master file: a name, a number, a type, or a quoted character-string. */
export interface Token {
  /** The text as written, escapes intact; for a quoted string, without the quotes. */
  text: string;
  quoted: boolean;
  /** 1-based physical line and 0-based column where the token starts. */
  line: number;
  column: number;
}

/** One entry of a master file: a directive or a resource record, possibly spanning lines. */
export interface LogicalLine {
  tokens: Token[];
  /** The entry starts with white space: its owner is the previous owner (RFC 1035 5.1). */
  blankOwner: boolean;
  /** 1-based physical lines the entry occupies, inclusive (trailing comments included). */
  startLine: number;
  endLine: number;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';
const endsWord = (c: string | undefined): boolean =>
  c === undefined ||
  c === ' ' ||
  c === '\t' ||
  c === '\n' ||
  c === '\r' ||
  c === ';' ||
  c === '(' ||
  c === ')' ||
  c === '"';

/**
 * Splits master-file text into entries (RFC 1035 5.1): comments dropped, parentheses join lines,
 * quoted strings kept whole. Errors name the file and line.
 */
export function lexZoneFile(text: string, file: string): LogicalLine[] {
  const lines: LogicalLine[] = [];
  const fail = (line: number, message: string): never => {
    throw new GitopsDnsError('provider', `${file}:${line}: ${message}`);
  };
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let depth = 0;
  let openedAt = 0;
  let current: LogicalLine | undefined;

  const finish = (): void => {
    if (current && current.tokens.length > 0) lines.push(current);
    current = undefined;
  };

  while (i < text.length) {
    const c = text[i];
    if (current === undefined) {
      current = { tokens: [], blankOwner: isSpace(c), startLine: line, endLine: line };
    }
    if (c === '\n') {
      line++;
      i++;
      lineStart = i;
      if (depth === 0) finish();
      else current.endLine = line;
      continue;
    }
    if (c === '\r' || isSpace(c)) {
      i++;
      continue;
    }
    if (c === ';') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    if (c === '(') {
      if (depth === 0) openedAt = line;
      depth++;
      i++;
      continue;
    }
    if (c === ')') {
      if (depth === 0) fail(line, 'unbalanced ")"');
      depth--;
      i++;
      continue;
    }
    const column = i - lineStart;
    if (current.tokens.length === 0) current.startLine = line;
    current.endLine = line;
    if (c === '"') {
      const start = ++i;
      while (i < text.length && text[i] !== '"') {
        if (text[i] === '\n' || (text[i] === '\\' && text[i + 1] === '\n')) {
          fail(line, 'unterminated quoted string');
        }
        i += text[i] === '\\' ? 2 : 1;
      }
      if (i >= text.length) fail(line, 'unterminated quoted string');
      current.tokens.push({ text: text.slice(start, i), quoted: true, line, column });
      i++;
      continue;
    }
    const start = i;
    while (!endsWord(text[i])) i += text[i] === '\\' && i + 1 < text.length && text[i + 1] !== '\n' ? 2 : 1;
    current.tokens.push({ text: text.slice(start, i), quoted: false, line, column });
  }
  if (depth > 0) fail(openedAt, 'unclosed "(" (parentheses opened here are never closed)');
  finish();
  return lines;
}

/** Decodes a character-string's escapes (`\X`, `\DDD`) into its bytes, read as UTF-8. */
export function decodeCharacterString(raw: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length;) {
    const c = raw[i]!;
    if (c === '\\' && i + 1 < raw.length) {
      const digits = raw.slice(i + 1, i + 4);
      if (/^\d{3}$/.test(digits)) {
        bytes.push(Number(digits) & 255);
        i += 4;
      } else {
        const next = String.fromCodePoint(raw.codePointAt(i + 1)!);
        bytes.push(...Buffer.from(next, 'utf8'));
        i += 1 + next.length;
      }
      continue;
    }
    const ch = String.fromCodePoint(raw.codePointAt(i)!);
    bytes.push(...Buffer.from(ch, 'utf8'));
    i += ch.length;
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Quotes text as one or more character-strings of at most 255 bytes each, split on characters. */
export function encodeCharacterStrings(text: string): string[] {
  const chunks: string[] = [];
  let chunk = '';
  let chunkBytes = 0;
  for (const ch of text) {
    const bytes = Buffer.byteLength(ch, 'utf8');
    if (chunkBytes + bytes > 255) {
      chunks.push(chunk);
      chunk = '';
      chunkBytes = 0;
    }
    chunk += escapeChar(ch);
    chunkBytes += bytes;
  }
  if (chunk !== '' || chunks.length === 0) chunks.push(chunk);
  return chunks.map((c) => `"${c}"`);
}

function escapeChar(ch: string): string {
  if (ch === '"' || ch === '\\') return `\\${ch}`;
  const code = ch.codePointAt(0)!;
  if (code < 0x20 || code === 0x7f) return `\\${String(code).padStart(3, '0')}`;
  return ch;
}
