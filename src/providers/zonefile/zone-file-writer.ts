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
 * | create                  | appended at the end in one block sorted by name, type         |
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

export function writeZoneFile(
  text: string,
  parsed: ParsedZoneFile,
  changes: readonly RrsetChange[],
  options: WriteOptions,
): string {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/(?<=\n)/);
  const removedKeys = new Set<string>();
  const appended: Rrset[] = [];
  const updated = new Map<string, Rrset>();
  for (const change of changes) {
    if (change.kind !== 'create') removedKeys.add(rrsetKey(change.before));
    if (change.kind === 'update' && rrsetKey(change.before) === rrsetKey(change.after)) {
      updated.set(rrsetKey(change.after), change.after);
    } else if (change.kind !== 'delete') {
      appended.push(change.after);
    }
  }

  const removedLines = new Set<number>();
  const insertAt = new Map<number, Rrset[]>();
  const startsAt = new Map<number, ZoneFileRecord>();
  for (const record of parsed.records) {
    const key = rrsetKey(record);
    if (!removedKeys.has(key)) {
      startsAt.set(record.startLine, record);
      continue;
    }
    for (let l = record.startLine; l <= record.endLine; l++) removedLines.add(l);
    const after = updated.get(key);
    if (after) {
      updated.delete(key);
      insertAt.set(record.startLine, [...(insertAt.get(record.startLine) ?? []), after]);
    }
  }
  // An update whose old rrset is not in the file (the provider validates this away) still lands.
  appended.push(...updated.values());

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
    const sorted = [...appended].sort((a, b) =>
      rrsetKey(a) < rrsetKey(b) ? -1 : rrsetKey(a) > rrsetKey(b) ? 1 : 0,
    );
    for (const rrset of sorted) out.push(...rrsetLines(rrset, eol));
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
