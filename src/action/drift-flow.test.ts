import { describe, expect, it } from 'vitest';
import { runDriftFlow } from './drift-flow.js';
import { flowFixture } from './flow-fixture.js';
import { create, planOf, ScriptedEngine } from './scripted-engine.js';

const drifted = planOf([create('www.example.com', '192.0.2.1')]);

describe('runDriftFlow', () => {
  it('opens an issue on drift, keeps it while drift persists, closes it when gone', async () => {
    const engine = new ScriptedEngine(drifted);
    const { flow, github } = flowFixture(engine, { context: { eventName: 'schedule' } });
    const open = () => [...github.issues.values()].filter((i) => i.state === 'open');
    expect(await runDriftFlow(flow)).toEqual({});
    expect(await runDriftFlow(flow)).toEqual({});
    expect(open()).toHaveLength(1);
    expect(open()[0]).toMatchObject({
      labels: ['dns-drift'],
      title: 'DNS drift: 1 to create, 0 to update, 0 to delete, 0 conflicts (gitops-dns.yaml)',
    });
    engine.current = planOf([]);
    expect(await runDriftFlow(flow)).toEqual({});
    expect(open()).toHaveLength(0);
  });

  it.each([
    [true, true, 'drift in gitops-dns.yaml: 1 to create, 0 to update, 0 to delete, 0 conflicts'],
    [true, false, undefined],
    [false, true, undefined],
  ])('fail-on-drift %s with drift %s -> %s', async (failOnDrift, drift, failure) => {
    const engine = new ScriptedEngine(drift ? drifted : planOf([]));
    const { flow } = flowFixture(engine, { settings: { failOnDrift } });
    expect((await runDriftFlow(flow)).failure).toBe(failure);
  });

  it('reports in the summary only without a token', async () => {
    const { flow, reporter } = flowFixture(new ScriptedEngine(drifted));
    flow.github = undefined;
    await runDriftFlow(flow);
    expect(reporter.warnings).toEqual(['no github-token: drift is reported in the job summary only']);
    expect(reporter.summary).toContain('www.example.com');
  });
});

describe('runDriftFlow: egress hosts that no longer resolve', () => {
  it('asks for the egress check, and counts stale hosts as drift', async () => {
    const stale = planOf(
      [],
      [
        {
          severity: 'warning',
          code: 'egress-stale',
          message: 'egress host gone.example no longer resolves: a stale ServiceEntry host?',
          file: 'mesh/se.yaml',
          line: 4,
        },
      ],
    );
    const engine = new ScriptedEngine(stale);
    const { flow, github } = flowFixture(engine, { settings: { failOnDrift: true } });
    expect((await runDriftFlow(flow)).failure).toBe(
      'drift in gitops-dns.yaml: 0 to create, 0 to update, 0 to delete, 0 conflicts, 1 stale egress host',
    );
    expect(engine.planOptions).toEqual([{ checkEgressDns: true }]);
    const [issue] = [...github.issues.values()];
    expect(issue!.title).toContain('1 stale egress host');
    expect(issue!.body).toContain('gone.example');
  });
});

describe('runDriftFlow safeguards', () => {
  it('leaves the issue alone when run on another branch', async () => {
    const { flow, github, reporter } = flowFixture(new ScriptedEngine(drifted), {
      context: { ref: 'refs/heads/feature' },
    });
    expect(await runDriftFlow(flow)).toEqual({});
    expect(github.issues.size).toBe(0);
    expect(reporter.warnings[0]).toContain('not on the default branch main');
  });

  it('warns when GitHub dropped the label of a new issue', async () => {
    const { flow, github, reporter } = flowFixture(new ScriptedEngine(drifted));
    const create = github.createIssue.bind(github);
    github.createIssue = (title, body) => create(title, body, []);
    await runDriftFlow(flow);
    expect(reporter.warnings[0]).toContain('GitHub dropped the label dns-drift');
  });
});
