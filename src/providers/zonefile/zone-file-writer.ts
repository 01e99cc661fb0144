import { rrsetKey, type Rrset, type RrsetChange } from '../../records/record.js';
import { absoluteName, formatRdata } from './rdata-format.js';
import type { ParsedZoneFile, ZoneFileRecord } from './zone-file-parser.js';

/**
 * Writes a change set into master-file text while keeping every record it does not change byte for
 * byte (comments, spacing, order). The algorithm:
 *
 * | rrset in the change set | what happens to the file                                      |
 * |-------------------------|---------------------------------------------------------------|
 * | delete                  | its lines are removed                                         |
 * | update (same name/type) | its lines are removed; the new rrset is written where it began |
 * | create                  | after the last record of its name; a new name goes to a block  |
 * |                         | at the end of the file, sorted by name, type                  |
 * | untouched               | kept as written, except: see below                            |
 *
 * An untouched record can depend on what precedes it: a blank owner inherits the previous owner, and
 * (without `$TTL`) an omitted TTL is the last explicit one. When a removal or insertion would change
 * what it inherits, the record gets an explicit owner / TTL so that its meaning stays the same.
 * New lines always carry an absolute owner, a TTL and the class, so directives cannot alter them.
 * The SOA serial is replaced in place by `bumpSerial`.
 */
export interface WriteOptions {
  bumpSerial(serial: string): string;
}

interface Edit {
  column: number;
  deleteLength: number;
  insert: string;
}

/** Where each change lands in the file: lines to drop, rrsets to insert before a line, and the end block. */
interface Placement {
  removedLines: Set<number>;
  insertAt: Map<number, Rrset[]>;
  startsAt: Map<number, ZoneFileRecord>;
  appended: Rrset[];
}

function placeChanges(parsed: ParsedZoneFile, changes: readonly RrsetChange[], lineCount: number): Placement {
  const removedKeys = new Set<string>();
  const created: Rrset[] = [];
  const updated = new Map<string, Rrset>();
  for (const change of changes) {
    if (change.kind !== 'create') removedKeys.add(rrsetKey(change.before));
    if (change.kind === 'update' && rrsetKey(change.before) === rrsetKey(change.after)) {
      updated.set(rrsetKey(change.after), change.after);
    } else if (change.kind !== 'delete') {
      created.push(change.after);
    }
  }
  const placement: Placement = {
    removedLines: new Set(),
    insertAt: new Map(),
    startsAt: new Map(),
    appended: [],
  };
  const insert = (line: number, rrset: Rrset): void => {
    placement.insertAt.set(line, [...(placement.insertAt.get(line) ?? []), rrset].sort(byKey));
  };
  const lastLineOfName = new Map<string, number>();
  for (const record of parsed.records) {
    const key = rrsetKey(record);
    if (!removedKeys.has(key)) {
      placement.startsAt.set(record.startLine, record);
      lastLineOfName.set(record.name, record.endLine);
      continue;
    }
    for (let l = record.startLine; l <= record.endLine; l++) placement.removedLines.add(l);
    const after = updated.get(key);
    if (after) {
      updated.delete(key);
      insert(record.startLine, after);
    }
  }
  // A new rrset joins the records of its name when the file has some; otherwise the end block.
  // (An update whose old rrset is not in the file, which the provider validates away, lands there too.)
  for (const rrset of [...created, ...updated.values()]) {
    const last = lastLineOfName.get(rrset.name);
    if (last !== undefined && last < lineCount) insert(last + 1, rrset);
    else placement.appended.push(rrset);
  }
  placement.appended.sort(byKey);
  return placement;
}

function byKey(a: Rrset, b: Rrset): number {
  const ka = rrsetKey(a);
  const kb = rrsetKey(b);
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

export function writeZoneFile(
  text: string,
  parsed: ParsedZoneFile,
  changes: readonly RrsetChange[],
  options: WriteOptions,
): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/(?<=\n)/);
  const { removedLines, insertAt, startsAt, appended } = placeChanges(parsed, changes, lines.length);
  const edits = new Map<number, Edit[]>();
  const addEdit = (line: number, edit: Edit): void => {
    edits.set(line, [...(edits.get(line) ?? []), edit]);
  };
  const out: string[] = [];
  let lastOwner: string | undefined;
  let lastTtl: number | undefined;
  for (let lineNo = 1; lineNo <= lines.length; lineNo++) {
    for (const rrset of insertAt.get(lineNo) ?? []) {
      out.push(...rrsetLines(rrset, eol));
      lastOwner = rrset.name;
      lastTtl = rrset.ttlSeconds;
    }
    if (removedLines.has(lineNo)) continue;
    const record = startsAt.get(lineNo);
    if (record) {
      if (record.blankOwner && lastOwner !== record.name) {
        addEdit(lineNo, { column: 0, deleteLength: 0, insert: absoluteName(record.name) });
      }
      if (record.ttlSource === 'previous' && lastTtl !== record.ttlSeconds) {
        addEdit(record.afterOwner.line, {
          column: record.afterOwner.column,
          deleteLength: 0,
          insert: `${record.ttlSeconds} `,
        });
      }
      if (record.serial && changes.length > 0) {
        const { line, column, text: serial } = record.serial;
        addEdit(line, { column, deleteLength: serial.length, insert: options.bumpSerial(serial) });
      }
      lastOwner = record.name;
      if (record.ttlSource === 'explicit' || record.ttlSource === 'soa-minimum') lastTtl = record.ttlSeconds;
    }
    out.push(applyEdits(lines[lineNo - 1]!, edits.get(lineNo)));
  }

  if (appended.length > 0) {
    const last = out[out.length - 1];
    if (last !== undefined && !last.endsWith('\n')) out.push(eol);
    for (const rrset of appended) out.push(...rrsetLines(rrset, eol));
  }
  return out.join('');
}

function applyEdits(line: string, edits: Edit[] | undefined): string {
  if (!edits) return line;
  let result = line;
  for (const edit of [...edits].sort((a, b) => b.column - a.column)) {
    result = result.slice(0, edit.column) + edit.insert + result.slice(edit.column + edit.deleteLength);
  }
  return result;
}

/** The master-file lines of one rrset: one line per value, sorted, owner absolute, TTL and class explicit. */
export function rrsetLines(rrset: Rrset, eol = '\n'): string[] {
  return [...rrset.values].sort().map((value) => {
    const rdata = formatRdata(rrset.type, value);
    if ('error' in rdata) throw new Error(`${rrset.name} ${rrset.type}: ${rdata.error}`);
    return `${absoluteName(rrset.name)}\t${rrset.ttlSeconds}\tIN\t${rrset.type}\t${rdata.text}${eol}`;
  });
}
