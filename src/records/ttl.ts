/** The outcome of reading a TTL: seconds, or why it was rejected. */
export type TtlResult = { ok: true; seconds: number } | { ok: false; reason: string };

const maxTtlSeconds = 2147483647;
/** Go duration units, in nanoseconds (`µs` and `μs` are both accepted by Go). */
const unitNanos: Record<string, bigint> = {
  ns: 1n,
  us: 1_000n,
  µs: 1_000n,
  μs: 1_000n,
  ms: 1_000_000n,
  s: 1_000_000_000n,
  m: 60_000_000_000n,
  h: 3_600_000_000_000n,
};
const component = /(\d*)(?:\.(\d*))?(ns|us|µs|μs|ms|s|m|h)/y;

/**
 * Parses a TTL as external-dns does: whole seconds (`300`) or a Go duration (`1m`, `1h30m`,
 * `1.5m`), the fraction of a second dropped as Go's `Duration.Seconds()` truncation does.
 */
export function parseTtl(raw: string | number): TtlResult {
  const text = String(raw).trim();
  if (/^\d+$/.test(text)) return bounded(Number(text), text);
  const nanos = parseGoDuration(text);
  if (nanos === undefined)
    return { ok: false, reason: `"${text}" is not a TTL (seconds or a duration like 1m)` };
  return bounded(Number(nanos / 1_000_000_000n), text);
}

/** Go's `time.ParseDuration` in exact nanoseconds; undefined when Go would reject the text. */
function parseGoDuration(text: string): bigint | undefined {
  const negative = text.startsWith('-');
  const body = negative || text.startsWith('+') ? text.slice(1) : text;
  if (body === '') return undefined;
  let total = 0n;
  component.lastIndex = 0;
  while (component.lastIndex < body.length) {
    const start = component.lastIndex;
    const match = component.exec(body);
    if (!match || match.index !== start) return undefined;
    const [, whole = '', fraction = '', unit = ''] = match;
    if (whole === '' && fraction === '') return undefined;
    const scale = unitNanos[unit]!;
    total += BigInt(whole || '0') * scale;
    if (fraction !== '') total += (BigInt(fraction) * scale) / 10n ** BigInt(fraction.length);
  }
  return negative ? -total : total;
}

function bounded(seconds: number, text: string): TtlResult {
  if (seconds < 1 || seconds > maxTtlSeconds) {
    return { ok: false, reason: `TTL "${text}" is outside 1..${maxTtlSeconds} seconds` };
  }
  return { ok: true, seconds };
}
