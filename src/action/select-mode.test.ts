import { describe, expect, it } from 'vitest';
import type { RequestedMode } from './get-inputs.js';
import { selectMode, type ModeEvent } from './select-mode.js';

const main = (eventName: string, ref = 'refs/heads/main'): ModeEvent => ({
  eventName,
  ref,
  defaultBranch: 'main',
});

describe('selectMode', () => {
  it.each<[RequestedMode, ModeEvent, string]>([
    ['auto', main('pull_request', 'refs/pull/7/merge'), 'plan'],
    ['auto', main('pull_request_target'), 'plan'],
    ['auto', main('push'), 'apply'],
    ['auto', main('push', 'refs/heads/feature'), 'plan'],
    ['auto', main('push', 'refs/tags/v1'), 'plan'],
    ['auto', { eventName: 'push', ref: 'refs/heads/main' }, 'plan'],
    ['auto', main('schedule'), 'drift'],
    ['auto', main('workflow_dispatch'), 'drift'],
    ['auto', main('merge_group'), 'plan'],
    ['plan', main('push'), 'plan'],
    ['apply', main('pull_request'), 'apply'],
    ['drift', main('push'), 'drift'],
  ])('%s on %j -> %s', (requested, event, expected) => {
    expect(selectMode(requested, event)).toBe(expected);
  });
});
