import { describe, expect, it } from 'vitest';
import { parseArgs } from './parse-args.js';

describe('parseArgs', () => {
  it.each([
    [[], { command: 'help' }],
    [['plan'], { command: 'plan', config: 'gitops-dns.yaml', format: 'text', exitCode: false, force: false }],
    [
      ['plan', '--config', 'x.yaml', '--format=json', '--exit-code'],
      { command: 'plan', config: 'x.yaml', format: 'json', exitCode: true },
    ],
    [['apply', '--force', '--checksum', 'abc'], { command: 'apply', force: true, checksum: 'abc' }],
    [['endpoints', '-f', 'json'], { command: 'endpoints', format: 'json' }],
    [['plan', '--base', 'HEAD~1'], { command: 'plan', base: 'HEAD~1' }],
    [['plan', '--check-egress-dns'], { command: 'plan', checkEgressDns: true }],
    [['--version'], { command: 'version' }],
  ])('%j', (argv, expected) => {
    expect(parseArgs(argv)).toMatchObject(expected);
  });

  it.each([
    [['deploy'], 'unknown command deploy'],
    [['plan', '--nope'], 'unknown option --nope'],
    [['plan', '--config'], '--config needs a value'],
    [['endpoints', '--format', 'markdown'], '--format markdown is not one of text, json for endpoints'],
    [['plan', 'extra', 'more'], 'unexpected argument extra'],
  ])('%j is refused', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
  });
});
