import { describe, expect, it } from 'vitest';
import { renderApplyStatus, type ApplyStatus } from './apply-status.js';

const sha = '9c0ffee5b1d2e3f4a5b6';

describe('renderApplyStatus', () => {
  it.each<[ApplyStatus, string]>([
    [
      { kind: 'applied', sha, zones: [{ zone: 'example.com', creates: 2, updates: 1, deletes: 0 }] },
      '### ✅ Applied at `9c0ffee5b1d2`\n\n| zone | created | updated | deleted |\n| --- | ---: | ---: | ---: |\n| `example.com` | 2 | 1 | 0 |',
    ],
    [
      { kind: 'applied', sha, zones: [], runUrl: 'https://x/runs/1' },
      '### ✅ Applied at `9c0ffee5b1d2` ([run](https://x/runs/1))\n\nNothing to apply: the provider already held what the repository says.',
    ],
    [
      { kind: 'incomplete', sha, zones: [], reason: 'after applying, 1 to create' },
      '### ⚠️ Applied, but the provider still differs at `9c0ffee5b1d2`\n\nNothing to apply: the provider already held what the repository says.\n\nafter applying, 1 to create',
    ],
    [
      { kind: 'refused', sha, reason: 'Nothing applied.\nDifference:\n+ a\n- b\n… and 3 more' },
      '### ⛔ Not applied: the plan changed since review at `9c0ffee5b1d2`\n\nNothing applied.\n\nDifference:\n\n```diff\n+ a\n- b\n… and 3 more\n```',
    ],
    [
      { kind: 'failed', sha, reason: 'HTTP 500 | <b>' },
      '### ❌ Apply failed at `9c0ffee5b1d2`\n\nHTTP 500 \\| &lt;b&gt;',
    ],
  ])('%j', (status, markdown) => {
    expect(renderApplyStatus(status)).toBe(markdown);
  });
});
