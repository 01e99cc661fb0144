import * as core from '@actions/core';
import { readFileSync } from 'node:fs';
import { GitopsDnsError } from '../errors.js';
import { VERSION } from '../version.js';
import type { ActionReporter } from './action-reporter.js';
import { createEngine } from './engine.js';
import { readEventContext, type EventContext } from './event-context.js';
import { getInputs } from './get-inputs.js';
import type { GitHubApi } from './github-api.js';
import { runAction } from './run-action.js';

/** Provider secrets and credentials that must never appear in a log. */
const SECRET_VARIABLES = [
  'CLOUDFLARE_API_TOKEN',
  'CLOUDFLARE_API_KEY',
  'POWERDNS_API_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
];

/**
 * The Action's entry: read the runner's environment once, run the flow, and turn the outcome or
 * any error into the step's status. The one place that calls core.setFailed.
 */
export async function run(): Promise<void> {
  try {
    core.info(`gitops-dns ${VERSION}`);
    const env = process.env;
    for (const name of SECRET_VARIABLES) if (env[name]) core.setSecret(env[name]);
    const settings = getInputs((name) => core.getInput(name));
    if (settings.githubToken) core.setSecret(settings.githubToken);
    const context = readEventContext(env, readEvent(env.GITHUB_EVENT_PATH), process.cwd());
    const reporter = coreReporter(env.GITHUB_STEP_SUMMARY);
    const outcome = await runAction({
      settings,
      context,
      reporter,
      github: settings.githubToken ? await openGitHub(settings.githubToken, context) : undefined,
      openEngine: (baseRef) =>
        createEngine({
          config: settings.config,
          workspace: context.workspace,
          env,
          ...(baseRef ? { baseRef } : {}),
          log: (m) => core.info(m),
        }),
    });
    if (outcome.failure) core.setFailed(outcome.failure);
  } catch (error) {
    core.setFailed(describeError(error));
  }
}

function describeError(error: unknown): string {
  if (error instanceof GitopsDnsError) return `${error.code} error: ${error.message}`;
  return `internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
}

function readEvent(file: string | undefined): unknown {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (cause) {
    throw new GitopsDnsError('usage', `cannot read the event payload ${file}: ${(cause as Error).message}`, {
      cause,
    });
  }
}

// Octokit and its plugins load only when a run talks to GitHub: it keeps the cold start short.
async function openGitHub(token: string, context: EventContext): Promise<GitHubApi> {
  const { createGitHubClient } = await import('./octokit-client.js');
  return createGitHubClient({
    token,
    apiUrl: context.apiUrl,
    owner: context.owner,
    repo: context.repo,
    log: (m) => core.info(m),
  });
}

function coreReporter(summaryFile: string | undefined): ActionReporter {
  return {
    info: (message) => core.info(message),
    warning: (message) => core.warning(message),
    annotate: (a) => {
      const properties = {
        title: a.title,
        ...(a.file ? { file: a.file } : {}),
        ...(a.line ? { startLine: a.line } : {}),
      };
      if (a.level === 'error') core.error(a.message, properties);
      else core.warning(a.message, properties);
    },
    setOutput: (name, value) => core.setOutput(name, value),
    writeSummary: async (markdown) => {
      if (!summaryFile) {
        core.info('GITHUB_STEP_SUMMARY is not set: no job summary written');
        return;
      }
      await core.summary.addRaw(markdown).write();
      core.summary.emptyBuffer();
    },
  };
}
