import { describe, expect, it } from 'vitest';
import { parseConfig } from './load-config.js';

describe('parseConfig', () => {
  it('fills defaults', () => {
    const config = parseConfig('zones: [example.com]\n', 'gitops-dns.yaml');
    expect(config).toMatchObject({
      owner: 'default',
      policy: 'sync',
      provider: { type: 'zonefile', directory: 'zones' },
      safety: { 'max-change-percent': 30, 'min-records': 10 },
    });
  });

  it.each([
    ['zones: [a.com]\nzone: b.com\n', 'gitops-dns.yaml:2: zone: unknown key'],
    [
      'zones: [a.com]\nprovider:\n  type: zonefile\n  directroy: x\n',
      'gitops-dns.yaml:4: provider.directroy: unknown key',
    ],
    ['zones: [a.com]\npolicy: yolo\n', 'gitops-dns.yaml:2: policy:'],
    ['zones: [a.com]\nprovider:\n  type: bind\n', 'gitops-dns.yaml:3: provider.type:'],
    [
      'zones: [a.com]\ntargets:\n  ingress-classes:\n    nginx: 5\n',
      'gitops-dns.yaml:4: targets.ingress-classes.nginx:',
    ],
    ['owner: x\n', 'zones:'],
    [
      'zones: [a.com]\ntxt-prefix: p-\ntxt-suffix: -s\n',
      'gitops-dns.yaml:3: txt-suffix: txt-prefix and txt-suffix cannot both be set',
    ],
    ['zones: [a.com\n', 'gitops-dns.yaml:'],
  ])('%j -> %s', (text, message) => {
    expect(() => parseConfig(text, 'gitops-dns.yaml')).toThrow(message);
  });
});
