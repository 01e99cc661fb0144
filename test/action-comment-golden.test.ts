/*
 * Golden files of what a reviewer reads on the pull request: the Action's plan comment (hidden
 * markers included), the same comment after the apply, and after a refused apply. Regenerate
 * after an intended change and review the diff:
 *
 *   UPDATE_GOLDEN=1 npx vitest run test/action-comment-golden.test.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderApplyStatus } from '../src/action/apply-status.js';
import { composePlanComment, withStatus } from '../src/action/plan-comment.js';
import { COMMENT_LIMIT_CHARS, readChecksum } from '../src/action/pr-comment.js';
import { bigPlan, samplePlan } from './plan-fixtures.js';

const goldenDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden');
const update = process.env.UPDATE_GOLDEN === '1';
const linkBase = 'https://github.com/acme/dns/blob/4f2c1e9a7b3d5f8e0c6a2b4d6f8e0a1c3e5b7d9f/';
const mergeSha = '9c0ffee5b1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f6';
const runUrl = 'https://github.com/acme/dns/actions/runs/4242';

const reviewed = () => composePlanComment(samplePlan(), { configPath: 'gitops-dns.yaml', linkBase });

const cases: [string, () => string][] = [
  ['action-comment.md', reviewed],
  [
    'action-comment-applied.md',
    () =>
      composePlanComment(samplePlan(), {
        configPath: 'gitops-dns.yaml',
        linkBase,
        status: renderApplyStatus({
          kind: 'applied',
          sha: mergeSha,
          runUrl,
          zones: [{ zone: 'example.com', creates: 2, updates: 1, deletes: 1 }],
        }),
      }),
  ],
  [
    'action-comment-refused.md',
    () =>
      withStatus(
        reviewed(),
        renderApplyStatus({
          kind: 'refused',
          sha: mergeSha,
          runUrl,
          reason:
            'Nothing applied: the plan for gitops-dns.yaml differs from the one reviewed on #7.\nDifference from the reviewed plan (+ new since review, - reviewed but no longer planned):\n+ example.com: update www.example.com A [192.0.2.99] ttl 300 -> [192.0.2.10] ttl 300',
        }),
      ),
  ],
];

describe('Action comment golden files', () => {
  it.each(cases)('%s', async (file, render) => {
    const actual = render();
    const goldenPath = path.join(goldenDir, file);
    if (update) await writeFile(goldenPath, actual);
    expect(actual).toBe(await readFile(goldenPath, 'utf8'));
  });

  it('keeps the reviewed checksum through a refusal, and a later status replaces the earlier one', () => {
    const once = withStatus(reviewed(), 'first');
    const twice = withStatus(once, 'second');
    expect(readChecksum(twice)).toBe(samplePlan().checksum);
    expect(twice).toContain('second');
    expect(twice).not.toContain('first');
  });

  it('fits a 5,000-change plan under the comment limit', () => {
    const body = composePlanComment(bigPlan(5000), { configPath: 'gitops-dns.yaml', linkBase });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT_CHARS);
    expect(body).toContain('more changes not shown');
  });
});
