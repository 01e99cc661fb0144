import { isIPv4, isIPv6 } from 'node:net';
import { decodeCharacterString, encodeCharacterStrings, type Token } from './zone-file-lexer.js';

/**
 * Record data in two directions: from master-file tokens to the normalised value the rest of
 * gitops-dns compares (names absolute, lower-case, no trailing dot; TXT one unquoted string), and
 * from that value back to master-file text. Types not listed here are kept as opaque text.
 */

/** Field layout of the types whose fields hold domain names (`n` = name, `i` = integer). */
const layouts: Record<string, string> = {
  NS: 'n',
  CNAME: 'n',
  PTR: 'n',
  DNAME: 'n',
  MX: 'in',
  SRV: 'iiin',
  SOA: 'nniiiii',
};

/** Resolves a master-file name against the origin: `@`, relative and absolute names. */
export function resolveName(text: string, origin: string): string {
  if (text === '@') return origin;
  if (text === '.') return '';
  const { name, absolute } = decodeName(text);
  if (absolute) return name;
  return origin === '' ? name : `${name}.${origin}`;
}

/**
 * A name's escapes (`\X`, `\DDD`) as the characters they stand for when those are ordinary name
 * characters (`\052` is the wildcard `*`), so one name has one spelling; any other escaped
 * character (`\.` inside a label, spaces) stays escaped. Lower-cased; a final unescaped dot
 * makes the name absolute.
 */
function decodeName(text: string): { name: string; absolute: boolean } {
  let name = '';
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      const digits = /^\d{3}/.test(text.slice(i + 1, i + 4));
      const length = digits ? 4 : 2;
      const char = digits ? String.fromCharCode(Number(text.slice(i + 1, i + 4))) : text[i + 1]!;
      name += /^[a-z0-9*_-]$/i.test(char) ? char : text.slice(i, i + length);
      i += length;
    } else if (c === '.' && i === text.length - 1) {
      return { name: name.toLowerCase(), absolute: true };
    } else {
      name += c;
      i++;
    }
  }
  return { name: name.toLowerCase(), absolute: false };
}

/** A normalised name as an absolute master-file name (trailing dot). */
export function absoluteName(name: string): string {
  return `${name}.`;
}

export class RdataError extends Error {}

/** Turns a record's data tokens into its normalised value. Throws RdataError with the reason. */
export function normaliseRdata(type: string, tokens: readonly Token[], origin: string): string {
  const layout = layouts[type];
  if (layout !== undefined) return normaliseFields(type, layout, tokens, origin);
  switch (type) {
    case 'A':
      return normaliseA(single(type, tokens));
    case 'AAAA':
      return normaliseAaaa(single(type, tokens));
    case 'TXT':
    case 'SPF':
      if (tokens.length === 0) throw new RdataError(`${type} needs at least one character-string`);
      return tokens.map((t) => decodeCharacterString(t.text)).join('');
    case 'CAA':
      return normaliseCaa(tokens);
    case 'NAPTR':
      return normaliseNaptr(tokens, origin);
    default:
      if (tokens.length === 0) throw new RdataError(`${type} has no data`);
      return tokens.map((t) => (t.quoted ? `"${t.text}"` : t.text)).join(' ');
  }
}

function single(type: string, tokens: readonly Token[]): string {
  if (tokens.length !== 1) throw new RdataError(`${type} takes exactly one value, got ${tokens.length}`);
  return tokens[0]!.text;
}

function normaliseA(text: string): string {
  if (!isIPv4(text)) throw new RdataError(`"${text}" is not an IPv4 address`);
  return text;
}

function normaliseAaaa(text: string): string {
  if (!isIPv6(text)) throw new RdataError(`"${text}" is not an IPv6 address`);
  // The URL parser prints the canonical RFC 5952 form (lower-case, longest zero run compressed).
  return new URL(`http://[${text}]/`).hostname.slice(1, -1);
}

function normaliseFields(type: string, layout: string, tokens: readonly Token[], origin: string): string {
  if (tokens.length !== layout.length) {
    throw new RdataError(`${type} takes ${layout.length} fields, got ${tokens.length}`);
  }
  return tokens
    .map((t, i) => {
      if (layout[i] === 'n') return resolveName(t.text, origin);
      if (!/^\d+$/.test(t.text)) {
        // SOA timers may carry units (1h, 2d) like TTLs.
        const seconds = type === 'SOA' ? parseTtl(t.text) : undefined;
        if (seconds === undefined) throw new RdataError(`${type} field ${i + 1} "${t.text}" is not a number`);
        return String(seconds);
      }
      return String(Number(t.text));
    })
    .join(' ');
}

function normaliseCaa(tokens: readonly Token[]): string {
  const [flags, tag, value] = tokens;
  if (tokens.length !== 3 || !flags || !tag || !value || !/^\d+$/.test(flags.text)) {
    throw new RdataError('CAA takes three fields: flags tag "value"');
  }
  return `${Number(flags.text)} ${tag.text.toLowerCase()} ${quote(decodeCharacterString(value.text))}`;
}

/** NAPTR: order preference "flags" "services" "regexp" replacement; the replacement is a name. */
function normaliseNaptr(tokens: readonly Token[], origin: string): string {
  if (tokens.length !== 6) throw new RdataError(`NAPTR takes 6 fields, got ${tokens.length}`);
  return tokens
    .map((t, i) => {
      if (i === 5) return t.text === '.' ? '.' : resolveName(t.text, origin);
      return t.quoted ? `"${t.text}"` : t.text;
    })
    .join(' ');
}

function quote(text: string): string {
  return `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}

const ttlUnits: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** Parses a TTL: seconds, or BIND units (`1h30m`, `2d`). Undefined when it is not a TTL. */
export function parseTtl(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^(\d+[smhdw])+$/i.test(text)) return undefined;
  let total = 0;
  for (const [, n, unit] of text.toLowerCase().matchAll(/(\d+)([smhdw])/g)) {
    total += Number(n) * ttlUnits[unit!]!;
  }
  return total;
}

/**
 * A normalised value as master-file record data. Returns an error reason instead when the value
 * is not valid for its type, so nothing malformed is ever written.
 */
export function formatRdata(type: string, value: string): { text: string } | { error: string } {
  const layout = layouts[type];
  if (layout !== undefined) {
    const fields = value.split(' ');
    if (fields.length !== layout.length)
      return { error: `${type} value "${value}" needs ${layout.length} fields` };
    const out: string[] = [];
    for (const [i, f] of fields.entries()) {
      if (layout[i] === 'i' && !/^\d+$/.test(f))
        return { error: `${type} value "${value}": "${f}" is not a number` };
      if (layout[i] === 'n' && !/^[a-z0-9_*.-]*$/i.test(f))
        return { error: `${type} value "${value}": bad name "${f}"` };
      out.push(layout[i] === 'n' ? absoluteName(f) : f);
    }
    return { text: out.join(' ') };
  }
  switch (type) {
    case 'A':
      return isIPv4(value) ? { text: value } : { error: `"${value}" is not an IPv4 address` };
    case 'AAAA':
      return isIPv6(value) ? { text: value } : { error: `"${value}" is not an IPv6 address` };
    case 'TXT':
    case 'SPF':
      return { text: encodeCharacterStrings(value).join(' ') };
    case 'NAPTR':
      return formatNaptr(value);
    case 'CAA':
      return /^\d+ [a-z0-9]+ "(?:[^"\\]|\\.)*"$/i.test(value)
        ? { text: value }
        : { error: `CAA value ${JSON.stringify(value)} is not of the form: flags tag "value"` };
    default:
      return /[\n\r;()]/.test(value) || value.trim() === ''
        ? { error: `${type} value ${JSON.stringify(value)} cannot be written to a zone file` }
        : { text: value };
  }
}

/** The replacement (last field) of a NAPTR value is a name: written absolute, or `.` for none. */
function formatNaptr(value: string): { text: string } | { error: string } {
  const cut = value.lastIndexOf(' ');
  const replacement = value.slice(cut + 1);
  if (cut < 0 || /[\n\r;()]/.test(value) || !/^(\.|[a-z0-9_*-]+(\.[a-z0-9_*-]+)*)$/i.test(replacement)) {
    return { error: `NAPTR value ${JSON.stringify(value)} does not end in a replacement name` };
  }
  return { text: replacement === '.' ? value : `${value.slice(0, cut)} ${absoluteName(replacement)}` };
}
