import { GitopsDnsError } from '../errors.js';

export type Mode = 'plan' | 'apply' | 'drift';
export type RequestedMode = Mode | 'auto';
export type CommentWhen = 'always' | 'changes' | 'never';

/** The Action's inputs, read and validated once at the edge (action.yml documents each). */
export interface ActionSettings {
  /** Config file path as the user wrote it, relative to the workspace. */
  config: string;
  /** What to do; `auto` picks from the event (see select-mode.ts). */
  mode: RequestedMode;
  /** Token for the GitHub API; empty when none was given. */
  githubToken: string;
  /** When to post the plan comment on a pull request. */
  comment: CommentWhen;
  /** Apply despite a checksum mismatch, the safety threshold or manifest errors. */
  force: boolean;
  /** Fail the step in drift mode when drift is found. */
  failOnDrift: boolean;
}

/** Reads one input by its action.yml name; returns '' when unset (as `core.getInput` does). */
export type InputReader = (name: string) => string;

const modes: readonly RequestedMode[] = ['auto', 'plan', 'apply', 'drift'];
const commentWhens: readonly CommentWhen[] = ['always', 'changes', 'never'];

/** Builds the settings from the inputs; every problem is a user-facing error naming the input. */
export function getInputs(read: InputReader): ActionSettings {
  return {
    config: read('config').trim() || 'gitops-dns.yaml',
    mode: oneOf(read, 'mode', modes, 'auto'),
    githubToken: read('github-token').trim(),
    comment: oneOf(read, 'comment', commentWhens, 'always'),
    force: boolean(read, 'force'),
    failOnDrift: boolean(read, 'fail-on-drift'),
  };
}

function oneOf<T extends string>(read: InputReader, name: string, allowed: readonly T[], fallback: T): T {
  const value = read(name).trim().toLowerCase();
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new GitopsDnsError('usage', `input ${name}: "${value}" is not one of ${allowed.join(', ')}`);
}

// The YAML 1.2 core schema booleans, as @actions/core's getBooleanInput accepts them.
const trueWords = ['true', 'True', 'TRUE'];
const falseWords = ['false', 'False', 'FALSE'];

function boolean(read: InputReader, name: string): boolean {
  const value = read(name).trim();
  if (value === '' || falseWords.includes(value)) return false;
  if (trueWords.includes(value)) return true;
  throw new GitopsDnsError('usage', `input ${name}: "${value}" is not a boolean (true or false)`);
}
