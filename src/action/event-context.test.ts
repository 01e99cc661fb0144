import { describe, expect, it } from 'vitest';
import { readEventContext } from './event-context.js';

const env = {
  GITHUB_REPOSITORY: 'acme/dns',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_SHA: 'm1',
  GITHUB_RUN_ID: '42',
  GITHUB_WORKSPACE: '/ws',
  RUNNER_TEMP: '/tmp/r',
};
const pr = (headRepo: unknown) => ({
  repository: { default_branch: 'main' },
  pull_request: { number: 7, head: { sha: 'h1', repo: headRepo }, base: { sha: 'b1', ref: 'main' } },
});

describe('readEventContext', () => {
  it('reads a pull request of the same repository', () => {
    const context = readEventContext(env, pr({ full_name: 'acme/dns' }), '/cwd');
    expect(context).toEqual({
      eventName: 'pull_request',
      ref: 'refs/pull/7/merge',
      sha: 'm1',
      owner: 'acme',
      repo: 'dns',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      defaultBranch: 'main',
      workspace: '/ws',
      runnerTemp: '/tmp/r',
      runUrl: 'https://github.com/acme/dns/actions/runs/42',
      pullRequest: { number: 7, headSha: 'h1', baseSha: 'b1', baseRef: 'main', fromFork: false },
    });
  });

  it.each([[{ full_name: 'mallory/dns' }], [null]])('marks a pull request from %j as a fork', (headRepo) => {
    expect(readEventContext(env, pr(headRepo), '/cwd').pullRequest?.fromFork).toBe(true);
  });

  it.each([
    ['dependabot[bot]', 'pull_request', true],
    ['dependabot[bot]', 'pull_request_target', undefined],
    ['octocat', 'pull_request', undefined],
  ])('a pull request by %s on %s is treated as read-only: %s', (actor, eventName, expected) => {
    const context = readEventContext(
      { ...env, GITHUB_ACTOR: actor, GITHUB_EVENT_NAME: eventName },
      pr({ full_name: 'acme/dns' }),
      '/cwd',
    );
    expect(context.pullRequest?.byDependabot).toBe(expected);
    expect(context.pullRequest?.fromFork).toBe(false);
  });

  it('uses the API URL of the environment and falls back to cwd', () => {
    const context = readEventContext(
      { GITHUB_REPOSITORY: 'a/b', GITHUB_API_URL: 'http://127.0.0.1:9/' },
      {},
      '/cwd',
    );
    expect(context).toMatchObject({ apiUrl: 'http://127.0.0.1:9', workspace: '/cwd', runnerTemp: '/cwd' });
    expect(context.pullRequest).toBeUndefined();
  });

  it('refuses to run without GITHUB_REPOSITORY', () => {
    expect(() => readEventContext({}, {}, '/cwd')).toThrow('GITHUB_REPOSITORY is not set');
  });
});
