/** The outcome of reading a TTL: seconds, or why it was rejected. */
export type TtlResult = { ok: true; seconds: number } | { ok: false; reason: string };

const maxTtlSeconds = 2147483647;
const unitSeconds: Record<string, number> = { h: 3600, m: 60, s: 1 };

/**
 * Parses a TTL as external-dns does: whole seconds (`300`) or a Go duration made of hours,
 * minutes and seconds (`1m`, `1h30m`, `90s`). Fractions of a second are rejected.
 */
export function parseTtl(raw: string | number): TtlResult {
  const text = String(raw).trim();
  if (/^\d+$/.test(text)) return bounded(Number(text), text);
  const parts = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?$/.exec(text);
  if (!parts || text === '')
    return { ok: false, reason: `"${text}" is not a TTL (seconds or a duration like 1m)` };
  const [, h, m, s] = parts;
  const seconds =
    Number(h ?? 0) * unitSeconds.h! + Number(m ?? 0) * unitSeconds.m! + Number(s ?? 0) * unitSeconds.s!;
  return bounded(seconds, text);
}

function bounded(seconds: number, text: string): TtlResult {
  if (seconds < 1 || seconds > maxTtlSeconds) {
    return { ok: false, reason: `TTL "${text}" is outside 1..${maxTtlSeconds} seconds` };
  }
  return { ok: true, seconds };
}
