import { describe, expect, it } from 'vitest';
import { runApplyFlow, mergedPullRequest } from './apply-flow.js';
import { flowFixture } from './flow-fixture.js';
import { composePlanComment } from './plan-comment.js';
import { readChecksum } from './pr-comment.js';
import { create, planOf, ScriptedEngine } from './scripted-engine.js';

const SHA = 'f00d'.repeat(10);
const reviewedPlan = planOf([create('www.example.com', '192.0.2.1')]);

/** A merged PR #7 whose comment shows `reviewed`, and an engine whose provider now plans `current`. */
function merged(current = reviewedPlan, reviewed = reviewedPlan) {
  const engine = new ScriptedEngine(current);
  const fixture = flowFixture(engine);
  fixture.github.addPullRequest(7, [SHA], {
    state: 'closed',
    mergedAt: '2025-01-01T00:00:00Z',
    mergeCommitSha: SHA,
  });
  fixture.github
    .comments(7)
    .push({ id: 99, body: composePlanComment(reviewed, { configPath: 'gitops-dns.yaml' }) });
  return { engine, ...fixture };
}

describe('runApplyFlow', () => {
  it('applies the reviewed plan and writes the counts into the comment', async () => {
    const { flow, engine, github, reporter } = merged();
    expect(await runApplyFlow(flow)).toEqual({});
    expect(engine.applied).toEqual([reviewedPlan]);
    const body = github.comments(7)[0]!.body;
    expect(body).toContain('✅ Applied');
    expect(body).toContain('| `example.com` | 1 | 0 | 0 |');
    expect(reporter.outputs).toMatchObject({ creates: '1', checksum: reviewedPlan.checksum });
  });

  it('applies nothing when the plan changed since review, shows the difference, keeps the reviewed checksum', async () => {
    const current = planOf([
      create('www.example.com', '192.0.2.1'),
      create('evil.example.com', '203.0.113.66'),
    ]);
    const { flow, engine, github } = merged(current);
    const outcome = await runApplyFlow(flow);
    expect(engine.applied).toEqual([]);
    expect(outcome.failure).toContain('Nothing applied');
    expect(outcome.failure).toContain('+ example.com: create evil.example.com A [203.0.113.66] ttl 300');
    const body = github.comments(7)[0]!.body;
    expect(readChecksum(body)).toBe(reviewedPlan.checksum);
    expect(body).toContain('Not applied');
  });

  it('applies a changed plan with force', async () => {
    const current = planOf([create('other.example.com', '192.0.2.2')]);
    const { flow, engine } = merged(current);
    flow.settings.force = true;
    expect(await runApplyFlow(flow)).toEqual({});
    expect(engine.applied).toEqual([current]);
  });

  it('fails when the plan is not empty after applying', async () => {
    const { flow, engine } = merged();
    engine.remainingAfterApply = planOf([create('stuck.example.com', '192.0.2.3')]);
    const outcome = await runApplyFlow(flow);
    expect(outcome.failure).toContain('the provider still differs from the repository: 1 to create');
  });

  it('a re-run after a successful apply applies nothing, succeeds and leaves the comment alone', async () => {
    const { flow, engine, github } = merged();
    expect(await runApplyFlow(flow)).toEqual({});
    const applied = github.comments(7)[0]!.body;
    const rerun = await runApplyFlow(flow);
    expect(rerun).toEqual({});
    expect(engine.applied).toEqual([reviewedPlan]);
    expect(github.comments(7)[0]!.body).toBe(applied);
  });

  it('a changed plan that is empty now writes nothing and succeeds', async () => {
    const { flow, engine, reporter } = merged(planOf([]));
    expect(await runApplyFlow(flow)).toEqual({});
    expect(engine.applied).toEqual([]);
    expect(reporter.infos.join('\n')).toContain('nothing to apply');
  });

  it('reads the reviewed checksum only from a comment the Action could have written', async () => {
    const engine = new ScriptedEngine(reviewedPlan);
    const { flow, github } = flowFixture(engine);
    github.addPullRequest(7, [SHA], {
      state: 'closed',
      mergedAt: '2025-01-01T00:00:00Z',
      mergeCommitSha: SHA,
    });
    github.addComment(7, composePlanComment(reviewedPlan, { configPath: 'gitops-dns.yaml' }), {
      login: 'mallory',
      bot: false,
      association: 'NONE',
    });
    const outcome = await runApplyFlow(flow);
    expect(outcome.failure).toContain('#7 has no reviewed plan for gitops-dns.yaml');
    expect(engine.applied).toEqual([]);
  });

  it('reports a provider failure in the comment and rethrows it', async () => {
    const { flow, engine, github } = merged();
    engine.failApply = 'HTTP 500 from the provider';
    await expect(runApplyFlow(flow)).rejects.toThrow('HTTP 500 from the provider');
    expect(github.comments(7)[0]!.body).toContain('❌ Apply failed');
    expect(readChecksum(github.comments(7)[0]!.body)).toBe(reviewedPlan.checksum);
  });

  it.each([
    ['apply', 1],
    ['skip', 0],
  ] as const)('a direct push with direct-push: %s applies %i plan(s)', async (directPush, count) => {
    const engine = new ScriptedEngine(reviewedPlan);
    engine.directPush = directPush;
    const { flow } = flowFixture(engine);
    expect(await runApplyFlow(flow)).toEqual({});
    expect(engine.applied).toHaveLength(count);
  });

  it('refuses changes nobody reviewed: the pull request has no plan comment', async () => {
    const engine = new ScriptedEngine(reviewedPlan);
    const { flow, github } = flowFixture(engine);
    github.addPullRequest(7, [SHA], {
      state: 'closed',
      mergedAt: '2025-01-01T00:00:00Z',
      mergeCommitSha: SHA,
    });
    const outcome = await runApplyFlow(flow);
    expect(outcome.failure).toContain('#7 has no reviewed plan for gitops-dns.yaml');
    expect(engine.applied).toHaveLength(0);
  });

  it('applies an unreviewed plan only when forced, with a warning', async () => {
    const engine = new ScriptedEngine(reviewedPlan);
    const { flow, github, reporter } = flowFixture(engine, { settings: { force: true } });
    github.addPullRequest(7, [SHA], {
      state: 'closed',
      mergedAt: '2025-01-01T00:00:00Z',
      mergeCommitSha: SHA,
    });
    expect(await runApplyFlow(flow)).toEqual({});
    expect(engine.applied).toHaveLength(1);
    expect(reporter.warnings[0]).toContain('no reviewed plan found on #7');
  });

  it('a pull request without a plan comment and an empty plan is fine', async () => {
    const engine = new ScriptedEngine(planOf([]));
    const { flow, github } = flowFixture(engine);
    github.addPullRequest(7, [SHA], {
      state: 'closed',
      mergedAt: '2025-01-01T00:00:00Z',
      mergeCommitSha: SHA,
    });
    expect(await runApplyFlow(flow)).toEqual({});
  });
});

describe('mergedPullRequest', () => {
  it.each([
    [[], undefined],
    [[{ number: 1, state: 'open', baseRef: 'main' }], 1],
    [
      [
        { number: 1, state: 'open', baseRef: 'main' },
        { number: 2, state: 'closed', mergedAt: 't', baseRef: 'main' },
      ],
      2,
    ],
    [
      [
        { number: 2, state: 'closed', mergedAt: 't', mergeCommitSha: 'other', baseRef: 'main' },
        { number: 3, state: 'closed', mergedAt: 't', mergeCommitSha: 'abc', baseRef: 'main' },
      ],
      3,
    ],
  ] as const)('picks from %j -> %s', (pulls, number) => {
    expect(mergedPullRequest(pulls, 'abc')?.number).toBe(number);
  });
});
