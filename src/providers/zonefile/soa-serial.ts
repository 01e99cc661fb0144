/**
 * The next SOA serial (RFC 1982 arithmetic). A serial that looks like a date (`YYYYMMDDnn`) moves
 * to today's date with counter 00, or counts up when it is already today or later; any other
 * serial is incremented by one, wrapping within 32 bits.
 */
export function nextSerial(serial: string, now: Date): string {
  const current = Number(serial);
  if (isDateSerial(serial)) {
    const today = (now.getUTCFullYear() * 10000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate()) * 100;
    return String(Math.max(today, current + 1));
  }
  const next = (current + 1) % 2 ** 32;
  return String(next);
}

function isDateSerial(serial: string): boolean {
  const match = /^(\d{4})(\d{2})(\d{2})\d{2}$/.exec(serial);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  return year >= 1970 && year <= 2999 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}
