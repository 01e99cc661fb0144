import type { ActionReporter } from './action-reporter.js';
import { runApplyFlow } from './apply-flow.js';
import { runDriftFlow } from './drift-flow.js';
import type { Engine } from './engine.js';
import type { EventContext } from './event-context.js';
import type { Flow, FlowOutcome } from './flow.js';
import type { ActionSettings } from './get-inputs.js';
import type { GitHubApi } from './github-api.js';
import { runPlanFlow } from './plan-flow.js';
import { selectMode } from './select-mode.js';

/** Everything a run needs, built at the edge (run.ts) or by a test. */
export interface ActionRuntime {
  settings: ActionSettings;
  context: EventContext;
  github: GitHubApi | undefined;
  reporter: ActionReporter;
  /** Loads the config; `baseRef` is the base commit of a pull request, for the egress diff. */
  openEngine(baseRef: string | undefined): Promise<Engine>;
}

/** Picks the mode from the inputs and the event, and runs its flow. */
export async function runAction(runtime: ActionRuntime): Promise<FlowOutcome> {
  const { settings, context, reporter } = runtime;
  const mode = selectMode(settings.mode, {
    eventName: context.eventName,
    ref: context.ref,
    ...(context.defaultBranch ? { defaultBranch: context.defaultBranch } : {}),
  });
  reporter.info(`mode: ${mode} (input ${settings.mode}, event ${context.eventName || 'unknown'})`);
  const baseRef = mode === 'plan' && context.pullRequest?.baseSha ? context.pullRequest.baseSha : undefined;
  const engine = await runtime.openEngine(baseRef);
  const flow: Flow = { settings, context, engine, github: runtime.github, reporter };
  switch (mode) {
    case 'plan':
      return runPlanFlow(flow);
    case 'apply':
      return runApplyFlow(flow);
    case 'drift':
      return runDriftFlow(flow);
  }
}
