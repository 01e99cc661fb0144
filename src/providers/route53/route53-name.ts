/**
 * Route 53 names on the wire: FQDNs with a trailing dot, where every character other than
 * a-z, 0-9, `-`, `_` and `.` comes back as a three-digit octal escape (`*` is `\052`).
 * Our records use lower-case names without the trailing dot, so both directions live here.
 */

const OCTAL_ESCAPE = /\\([0-7]{3})/g;

/** `\052.Example.COM.` -> `*.example.com`. */
export function decodeRoute53Name(wire: string): string {
  const decoded = wire.replace(OCTAL_ESCAPE, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
  const lower = decoded.toLowerCase();
  return lower.endsWith('.') && lower.length > 1 ? lower.slice(0, -1) : lower;
}

/** `*.example.com` -> `*.example.com.`; Route 53 accepts `*` unescaped in requests. */
export function encodeRoute53Name(name: string): string {
  return name.endsWith('.') ? name : `${name}.`;
}
