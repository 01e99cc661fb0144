import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RecordingReporter } from './action-reporter.js';
import type { EventContext } from './event-context.js';
import type { Flow } from './flow.js';
import type { ActionSettings } from './get-inputs.js';
import { MemoryGitHubApi } from './memory-github-api.js';
import type { ScriptedEngine } from './scripted-engine.js';

/** A flow wired to in-memory GitHub, a recording reporter and a scripted engine (tests only). */
export function flowFixture(
  engine: ScriptedEngine,
  overrides: { settings?: Partial<ActionSettings>; context?: Partial<EventContext> } = {},
) {
  const github = new MemoryGitHubApi();
  const reporter = new RecordingReporter();
  const flow: Flow = {
    settings: {
      config: 'gitops-dns.yaml',
      mode: 'auto',
      githubToken: 't',
      comment: 'always',
      force: false,
      failOnDrift: false,
      ...overrides.settings,
    },
    context: {
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: 'f00d'.repeat(10),
      owner: 'acme',
      repo: 'dns',
      serverUrl: 'https://github.com',
      apiUrl: 'https://api.github.com',
      defaultBranch: 'main',
      workspace: '/ws',
      runnerTemp: mkdtempSync(path.join(tmpdir(), 'gitops-dns-flow-')),
      ...overrides.context,
    },
    engine,
    github,
    reporter,
  };
  return { flow, github, reporter };
}
