import { GitopsDnsError } from '../../errors.js';
import { lexZoneFile, type LogicalLine, type Token } from './zone-file-lexer.js';
import { normaliseRdata, parseTtl, RdataError, resolveName } from './rdata-format.js';

/** Where a record's TTL came from; a record that inherits one depends on what precedes it. */
export type TtlSource = 'explicit' | 'dollar-ttl' | 'previous' | 'soa-minimum';

/** One resource record of a master file, with where it sits so a writer can keep its bytes. */
export interface ZoneFileRecord {
  /** Lower-case FQDN without trailing dot. */
  name: string;
  type: string;
  ttlSeconds: number;
  /** Normalised value (see rdata-format.ts). */
  value: string;
  /** 1-based physical lines, inclusive. */
  startLine: number;
  endLine: number;
  /** The owner field was blank: the record inherits the previous record's owner. */
  blankOwner: boolean;
  ttlSource: TtlSource;
  /** Physical line and column of the first token after the owner (where a TTL may be inserted). */
  afterOwner: { line: number; column: number };
  /** For SOA: where the serial is written, so it can be bumped in place. */
  serial?: { line: number; column: number; text: string };
}

export interface ParsedZoneFile {
  records: ZoneFileRecord[];
}

interface State {
  origin: string;
  dollarTtl?: number;
  lastTtl?: number;
  lastOwner?: string;
}

const classes = new Set(['IN', 'CH', 'HS', 'CS']);

/**
 * Parses an RFC 1035 master file (section 5) for the zone `origin`: `$ORIGIN`, `$TTL`, relative and
 * absolute names, `@`, blank owners, parentheses, comments, quoted strings, class and TTL in either
 * order, TTL units. `$INCLUDE` and `$GENERATE` are refused: a zone must be one self-contained file.
 */
export function parseZoneFile(text: string, options: { file: string; origin: string }): ParsedZoneFile {
  const state: State = { origin: options.origin.toLowerCase().replace(/\.$/, '') };
  const records: ZoneFileRecord[] = [];
  for (const entry of lexZoneFile(text, options.file)) {
    const fail = (message: string): never => {
      throw new GitopsDnsError('provider', `${options.file}:${entry.startLine}: ${message}`);
    };
    const first = entry.tokens[0]!;
    if (!entry.blankOwner && !first.quoted && first.text.startsWith('$')) {
      applyDirective(entry, state, fail);
    } else {
      records.push(parseRecord(entry, state, fail));
    }
  }
  return { records };
}

function applyDirective(entry: LogicalLine, state: State, fail: (m: string) => never): void {
  const [directive, arg] = entry.tokens;
  const name = directive!.text.toUpperCase();
  if (name === '$ORIGIN') {
    if (!arg || !arg.text.endsWith('.')) fail('$ORIGIN needs an absolute name (ending in ".")');
    state.origin = resolveName(arg.text, state.origin);
  } else if (name === '$TTL') {
    const ttl = arg ? parseTtl(arg.text) : undefined;
    if (ttl === undefined) fail(`$TTL needs a TTL, got "${arg?.text ?? ''}"`);
    state.dollarTtl = ttl;
  } else if (name === '$INCLUDE') {
    fail('$INCLUDE is not supported: keep the whole zone in one file');
  } else {
    fail(`unsupported directive ${directive!.text}`);
  }
}

function parseRecord(entry: LogicalLine, state: State, fail: (m: string) => never): ZoneFileRecord {
  const tokens = entry.tokens;
  let i = 0;
  let name: string;
  if (entry.blankOwner) {
    if (state.lastOwner === undefined) fail('record has no owner name and there is no previous owner');
    name = state.lastOwner!;
  } else {
    name = resolveName(tokens[0]!.text, state.origin);
    i = 1;
  }
  const afterOwner = tokens[i] ?? fail('record has no type');
  let ttl: number | undefined;
  let klass: string | undefined;
  for (;;) {
    const t = tokens[i];
    if (t === undefined) break;
    const asTtl = ttl === undefined ? parseTtl(t.text) : undefined;
    if (asTtl !== undefined) ttl = asTtl;
    else if (klass === undefined && classes.has(t.text.toUpperCase())) klass = t.text.toUpperCase();
    else break;
    i++;
  }
  if (klass !== undefined && klass !== 'IN') fail(`class ${klass} is not supported (only IN)`);
  const typeToken = tokens[i] ?? fail('record has no type');
  const type = typeToken.text.toUpperCase();
  if (typeToken.quoted || !/^[A-Z][A-Z0-9-]*$/.test(type)) fail(`"${typeToken.text}" is not a record type`);
  const rdata = tokens.slice(i + 1);
  const value = normalise(type, rdata, state.origin, fail);
  const resolved = resolveTtl(ttl, type, value, state, fail);
  state.lastOwner = name;
  return {
    name,
    type,
    ttlSeconds: resolved.ttl,
    value,
    startLine: entry.startLine,
    endLine: entry.endLine,
    blankOwner: entry.blankOwner,
    ttlSource: resolved.source,
    afterOwner: { line: afterOwner.line, column: afterOwner.column },
    ...(type === 'SOA' ? { serial: serialPosition(rdata) } : {}),
  };
}

function normalise(type: string, rdata: Token[], origin: string, fail: (m: string) => never): string {
  try {
    return normaliseRdata(type, rdata, origin);
  } catch (e) {
    if (e instanceof RdataError) return fail(e.message);
    throw e;
  }
}

/** RFC 1035 and RFC 2308 order: explicit TTL, then `$TTL`, then the last explicit TTL, then SOA minimum. */
function resolveTtl(
  ttl: number | undefined,
  type: string,
  value: string,
  state: State,
  fail: (m: string) => never,
): { ttl: number; source: TtlSource } {
  if (ttl !== undefined) {
    if (ttl > 2147483647) fail(`TTL ${ttl} is larger than 2147483647`);
    state.lastTtl = ttl;
    return { ttl, source: 'explicit' };
  }
  if (state.dollarTtl !== undefined) return { ttl: state.dollarTtl, source: 'dollar-ttl' };
  if (state.lastTtl !== undefined) return { ttl: state.lastTtl, source: 'previous' };
  if (type === 'SOA') {
    const minimum = Number(value.split(' ')[6]);
    state.lastTtl = minimum;
    return { ttl: minimum, source: 'soa-minimum' };
  }
  return fail('record has no TTL and no $TTL precedes it');
}

function serialPosition(rdata: Token[]): { line: number; column: number; text: string } {
  const serial = rdata[2]!;
  return { line: serial.line, column: serial.column, text: serial.text };
}
