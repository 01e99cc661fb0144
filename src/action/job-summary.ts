/** GitHub rejects a step summary above 1 MiB; stay clear of it. */
export const SUMMARY_LIMIT_BYTES = 1_000_000;

const notice = (bytes: number) =>
  `\n\n> [!WARNING]\n> The summary was cut at ${bytes.toLocaleString('en-US')} bytes (GitHub's limit is 1 MiB). The full plan is in the JSON file of the \`plan-json\` output.\n`;

/** Cuts markdown to the step summary limit (UTF-8 bytes), with a notice saying where the rest is. */
export function capSummary(markdown: string, limitBytes = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown, 'utf8') <= limitBytes) return markdown;
  const tail = notice(limitBytes);
  const budget = limitBytes - Buffer.byteLength(tail, 'utf8');
  let cut = Buffer.from(markdown, 'utf8').subarray(0, budget).toString('utf8');
  // A cut inside a multi-byte character leaves U+FFFD; drop it, then end on a whole line.
  cut = cut.replace(/\uFFFD$/, '');
  const lastNewline = cut.lastIndexOf('\n');
  if (lastNewline > budget / 2) cut = cut.slice(0, lastNewline);
  return cut + tail;
}
