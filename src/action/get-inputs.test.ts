import { describe, expect, it } from 'vitest';
import { getInputs } from './get-inputs.js';

const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('getInputs', () => {
  it('applies the defaults of action.yml when inputs are empty', () => {
    expect(getInputs(reader({}))).toEqual({
      config: 'gitops-dns.yaml',
      mode: 'auto',
      githubToken: '',
      comment: 'always',
      force: false,
      failOnDrift: false,
    });
  });

  it.each([
    [{ mode: 'PLAN' }, { mode: 'plan' }],
    [{ mode: 'drift' }, { mode: 'drift' }],
    [{ comment: 'changes' }, { comment: 'changes' }],
    [{ force: 'true' }, { force: true }],
    [{ force: 'False' }, { force: false }],
    [{ 'fail-on-drift': 'TRUE' }, { failOnDrift: true }],
    [{ config: ' infra/dns.yaml ' }, { config: 'infra/dns.yaml' }],
    [{ 'github-token': 'ghs_x' }, { githubToken: 'ghs_x' }],
  ])('reads %j', (inputs, expected) => {
    expect(getInputs(reader(inputs))).toMatchObject(expected);
  });

  it.each([
    [{ mode: 'deploy' }, 'input mode: "deploy" is not one of auto, plan, apply, drift'],
    [{ comment: 'sometimes' }, 'input comment: "sometimes" is not one of always, changes, never'],
    [{ force: 'yes' }, 'input force: "yes" is not a boolean (true or false)'],
    [{ 'fail-on-drift': '1' }, 'input fail-on-drift: "1" is not a boolean (true or false)'],
  ])('rejects %j with a message naming the input', (inputs, message) => {
    expect(() => getInputs(reader(inputs))).toThrow(message);
  });
});
