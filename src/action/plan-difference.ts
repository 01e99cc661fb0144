import { gunzipSync, gzipSync } from 'node:zlib';
import type { Change, Plan, RecordState } from '../plan/plan.js';

/** One line per change, stable and readable: what a reviewer approved, compared after merge. */
export function changeLines(plan: Plan): string[] {
  return plan.zones.flatMap((zone) =>
    zone.changes.map((change) => `${zone.zone}: ${describeChange(change)}`),
  );
}

function describeChange(change: Change): string {
  const head = `${change.kind} ${change.name} ${change.type}`;
  switch (change.kind) {
    case 'create':
      return `${head} ${state(change.after)}`;
    case 'update':
      return `${head} ${state(change.before)} -> ${state(change.after)}`;
    case 'delete':
      return `${head} ${state(change.before)}`;
  }
}

function state(s: RecordState): string {
  return `[${s.targets.join(', ')}] ttl ${s.ttlSeconds}`;
}

// The digest rides in the comment; past this size it is left out and the checksum alone decides.
const DIGEST_LIMIT_CHARS = 12_000;

/** A hidden marker holding the reviewed change lines (gzip, base64), or '' when too large. */
export function changesMarker(lines: readonly string[]): string {
  const encoded = gzipSync(lines.join('\n')).toString('base64');
  return encoded.length > DIGEST_LIMIT_CHARS ? '' : `<!-- gitops-dns-changes:${encoded} -->`;
}

/** The reviewed change lines recorded in a comment, or undefined when it has none. */
export function readChanges(body: string): string[] | undefined {
  const encoded = /<!-- gitops-dns-changes:([A-Za-z0-9+/=]*) -->/.exec(body)?.[1];
  if (encoded === undefined) return undefined;
  try {
    const text = gunzipSync(Buffer.from(encoded, 'base64')).toString('utf8');
    return text === '' ? [] : text.split('\n');
  } catch {
    return undefined;
  }
}

const SHOWN_LINES = 20;

/**
 * Explains how the plan now differs from the reviewed one: changes that appeared (+) and changes
 * that were reviewed but are gone or different now (-). Without the reviewed lines it can only
 * show the current plan.
 */
export function describeDifference(
  reviewed: readonly string[] | undefined,
  current: readonly string[],
): string {
  if (reviewed === undefined) {
    const shown = current.slice(0, SHOWN_LINES).map((l) => `  ${l}`);
    const more = current.length > SHOWN_LINES ? [`  … and ${current.length - SHOWN_LINES} more`] : [];
    return ['The reviewed changes are not recorded in the comment; the plan is now:', ...shown, ...more].join(
      '\n',
    );
  }
  const before = new Set(reviewed);
  const now = new Set(current);
  const lines = [
    ...current.filter((l) => !before.has(l)).map((l) => `+ ${l}`),
    ...reviewed.filter((l) => !now.has(l)).map((l) => `- ${l}`),
  ];
  if (lines.length === 0)
    return 'The changes are the same, but the records they rest on differ (e.g. ownership records).';
  const more = lines.length > SHOWN_LINES ? [`… and ${lines.length - SHOWN_LINES} more`] : [];
  return [
    'Difference from the reviewed plan (+ new since review, - reviewed but no longer planned):',
    ...lines.slice(0, SHOWN_LINES),
    ...more,
  ].join('\n');
}
