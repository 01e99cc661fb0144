import { describe, expect, it } from 'vitest';
import { flowFixture } from './flow-fixture.js';
import { runPlanFlow } from './plan-flow.js';
import { readChecksum } from './pr-comment.js';
import { create, planOf, ScriptedEngine } from './scripted-engine.js';

const pr = {
  number: 7,
  headSha: 'beef'.repeat(10),
  baseSha: 'b'.repeat(40),
  baseRef: 'main',
  fromFork: false,
};

function onPullRequest(plan = planOf([create('www.example.com', '192.0.2.1')]), fromFork = false) {
  const engine = new ScriptedEngine(plan);
  const fixture = flowFixture(engine, {
    context: { eventName: 'pull_request', pullRequest: { ...pr, fromFork } },
  });
  fixture.github.addPullRequest(7);
  return { engine, ...fixture };
}

describe('runPlanFlow', () => {
  it('comments once with links to the head commit and the checksum, then edits that comment', async () => {
    const { flow, github, engine } = onPullRequest();
    await runPlanFlow(flow);
    engine.current = planOf([create('www.example.com', '192.0.2.2')]);
    await runPlanFlow(flow);
    expect(github.comments(7)).toHaveLength(1);
    expect(readChecksum(github.comments(7)[0]!.body)).toBe(engine.current.checksum);
  });

  it('annotates error diagnostics and fails after commenting', async () => {
    const plan = planOf(
      [],
      [{ severity: 'error', code: 'invalid-yaml', message: 'bad', file: 'm.yaml', line: 3 }],
    );
    const { flow, github, reporter } = onPullRequest(plan);
    const outcome = await runPlanFlow(flow);
    expect(outcome.failure).toContain('1 error(s) in the manifests');
    expect(github.comments(7)).toHaveLength(1);
    expect(reporter.annotations).toEqual([
      { level: 'error', message: 'bad', title: 'gitops-dns: invalid-yaml', file: 'm.yaml', line: 3 },
    ]);
  });

  it('warns instead of failing when the token may not comment', async () => {
    const { flow, github, reporter } = onPullRequest();
    github.readOnly = true;
    expect(await runPlanFlow(flow)).toEqual({});
    expect(reporter.warnings[0]).toContain('may not comment on #7');
    expect(reporter.summary).toContain('www.example.com');
  });

  it('on a fork: reports the extraction in the summary, never asks the provider or comments', async () => {
    const { flow, github, engine, reporter } = onPullRequest(undefined, true);
    engine.plan = () => Promise.reject(new Error('the provider must not be asked'));
    engine.extraction = {
      records: [
        {
          name: 'fork.example.com',
          type: 'A',
          targets: ['192.0.2.9'],
          sources: [{ file: 'm.yaml', line: 1, kind: 'Service', name: 'x' }],
        },
      ],
      unknown: [],
      claimedTwice: [],
      egress: [],
      diagnostics: [],
      unreadableDocuments: 0,
      documents: 1,
      countsByKind: { Service: 1 },
    };
    expect(await runPlanFlow(flow)).toEqual({});
    expect(github.comments(7)).toEqual([]);
    expect(reporter.summary).toContain('pull request from a fork');
    expect(reporter.summary).toContain('fork.example.com');
  });

  it('on a Dependabot pull request: the same read-only path as a fork', async () => {
    const { flow, github, engine, reporter } = onPullRequest();
    flow.context.pullRequest = { ...flow.context.pullRequest!, byDependabot: true };
    engine.plan = () => Promise.reject(new Error('the provider must not be asked'));
    engine.extraction = {
      records: [],
      unknown: [],
      claimedTwice: [],
      egress: [],
      diagnostics: [],
      unreadableDocuments: 0,
      documents: 0,
      countsByKind: {},
    };
    expect(await runPlanFlow(flow)).toEqual({});
    expect(github.comments(7)).toEqual([]);
    expect(reporter.summary).toContain('(a Dependabot pull request)');
  });

  it('on a push to another branch: summary and outputs, no comment', async () => {
    const engine = new ScriptedEngine(planOf([create('www.example.com', '192.0.2.1')]));
    const { flow, github, reporter } = flowFixture(engine, { context: { ref: 'refs/heads/feature' } });
    expect(await runPlanFlow(flow)).toEqual({});
    expect(github.issues.size).toBe(0);
    expect(reporter.outputs['has-changes']).toBe('true');
  });
});
