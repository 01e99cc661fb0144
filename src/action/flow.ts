import type { ActionReporter } from './action-reporter.js';
import type { Engine } from './engine.js';
import type { EventContext } from './event-context.js';
import type { ActionSettings } from './get-inputs.js';
import type { GitHubApi } from './github-api.js';

/** What every flow (plan, apply, drift) works with. */
export interface Flow {
  settings: ActionSettings;
  context: EventContext;
  engine: Engine;
  /** Absent when there is no token: the flow does what it can without GitHub. */
  github: GitHubApi | undefined;
  reporter: ActionReporter;
}

/** How a flow ended: `failure` fails the step with that message (run.ts does it). */
export interface FlowOutcome {
  failure?: string;
}

/** Where links to manifest lines point: the blob view of a commit. */
export function linkBase(context: EventContext, sha: string): string | undefined {
  return sha ? `${context.serverUrl}/${context.owner}/${context.repo}/blob/${sha}/` : undefined;
}

/** A failure for error diagnostics, which fail the check so a reviewer sees them. */
export function diagnosticsFailure(diagnostics: readonly { severity: string }[]): FlowOutcome {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return errors > 0
    ? { failure: `${errors} error(s) in the manifests; see the annotations and the job summary` }
    : {};
}
