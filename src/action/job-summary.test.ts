import { describe, expect, it } from 'vitest';
import { capSummary } from './job-summary.js';

describe('capSummary', () => {
  it('leaves a summary under the limit alone', () => {
    expect(capSummary('# plan\nok', 100)).toBe('# plan\nok');
  });

  it.each([
    ['ascii lines', 'line of text\n'.repeat(10_000)],
    ['multi-byte characters', 'Ä€😀\n'.repeat(50_000)],
  ])('cuts %s below the limit with a notice', (_, text) => {
    const limit = 20_000;
    const out = capSummary(text, limit);
    expect(Buffer.byteLength(out, 'utf8')).toBeLessThanOrEqual(limit);
    expect(out).toContain('The summary was cut at 20,000 bytes');
    expect(out).not.toContain('\uFFFD');
    expect(text.startsWith(out.slice(0, out.indexOf('\n\n> [!WARNING]')))).toBe(true);
  });
});
