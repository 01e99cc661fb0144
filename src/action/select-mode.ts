import type { Mode, RequestedMode } from './get-inputs.js';

/** What `mode: auto` needs to know about the triggering event. */
export interface ModeEvent {
  /** GITHUB_EVENT_NAME, e.g. `pull_request`, `push`, `schedule`. */
  eventName: string;
  /** GITHUB_REF, e.g. `refs/heads/main`. */
  ref: string;
  /** The repository's default branch from the event payload, when the payload has one. */
  defaultBranch?: string;
}

/**
 * Picks the mode. An explicit mode always wins. `auto`: pull requests plan, a push to the default
 * branch applies, a schedule or manual run checks drift; anything else (a push to another branch,
 * a merge queue) plans, which never writes DNS.
 */
export function selectMode(requested: RequestedMode, event: ModeEvent): Mode {
  if (requested !== 'auto') return requested;
  switch (event.eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return 'plan';
    case 'push':
      return event.defaultBranch !== undefined && event.ref === `refs/heads/${event.defaultBranch}`
        ? 'apply'
        : 'plan';
    case 'schedule':
    case 'workflow_dispatch':
      return 'drift';
    default:
      return 'plan';
  }
}
