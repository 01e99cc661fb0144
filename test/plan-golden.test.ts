/*
 * Golden files for the plan renderers: the PR comment, the terminal output and the JSON plan of
 * the hand-built plans in plan-fixtures.ts, compared byte for byte with test/golden/plan*.
 * After an intended change to a renderer, regenerate them and review the diff:
 *
 *   UPDATE_GOLDEN=1 npx vitest run test/plan-golden.test.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderPlanJson } from '../src/report/plan-json.js';
import { renderPlanMarkdown } from '../src/report/plan-markdown.js';
import { renderPlanText } from '../src/report/plan-text.js';
import { bigPlan, emptyPlan, samplePlan } from './plan-fixtures.js';

const goldenDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'golden');
// Tests may read the environment; only the renderers themselves may not.
const update = process.env.UPDATE_GOLDEN === '1';

const linkBase = 'https://github.com/acme/dns/blob/4f2c1e9a7b3d5f8e0c6a2b4d6f8e0a1c3e5b7d9f/';

const cases: [string, () => string][] = [
  [
    'plan.md',
    () =>
      renderPlanMarkdown(samplePlan(), {
        linkBase,
        title: 'gitops-dns plan for `gitops-dns.yaml`',
        headerNote: 'Head commit `4f2c1e9`, compared with `main`.',
      }),
  ],
  ['plan.txt', () => renderPlanText(samplePlan(), { color: false })],
  ['plan.json', () => renderPlanJson(samplePlan())],
  ['plan-empty.md', () => renderPlanMarkdown(emptyPlan())],
  ['plan-empty.txt', () => renderPlanText(emptyPlan(), { color: false })],
  ['plan-truncated.md', () => renderPlanMarkdown(bigPlan(200), { maxChars: 6_000, linkBase })],
];

describe('plan golden files', () => {
  it.each(cases)('%s', async (file, render) => {
    const actual = render();
    const goldenPath = path.join(goldenDir, file);
    if (update) await writeFile(goldenPath, actual);
    expect(actual).toBe(await readFile(goldenPath, 'utf8'));
  });
});
