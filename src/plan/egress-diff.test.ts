import { describe, expect, it } from 'vitest';
import type { EgressHost } from '../records/egress.js';
import { diffEgress } from './egress-diff.js';

const src = { file: 'se.yaml', line: 1, kind: 'ServiceEntry', namespace: 'default', name: 'x' };
const host = (name: string, ports: [number, string][], extra: Partial<EgressHost> = {}): EgressHost => ({
  host: name,
  ports: ports.map(([number, protocol]) => ({ number, protocol })),
  sources: [src],
  ...extra,
});

describe('diffEgress', () => {
  it('without a base lists the hosts and no differences', () => {
    const d = diffEgress([host('b.com', []), host('a.com', [])], undefined);
    expect(d.hosts.map((h) => h.host)).toEqual(['a.com', 'b.com']);
    expect(d.added).toEqual([]);
    expect(d.base).toBeUndefined();
  });

  it.each([
    ['added', [host('a.com', [[443, 'HTTPS']])], [], { added: ['a.com'], removed: [], changed: [] }],
    ['removed', [], [host('a.com', [[443, 'HTTPS']])], { added: [], removed: ['a.com'], changed: [] }],
    [
      'port changed',
      [host('a.com', [[443, 'TLS']])],
      [host('a.com', [[443, 'HTTPS']])],
      { added: [], removed: [], changed: ['a.com: ports 443/HTTPS -> 443/TLS'] },
    ],
    [
      'routing changed',
      [host('a.com', [], { via: 'gateway' })],
      [host('a.com', [], { via: 'direct' })],
      { added: [], removed: [], changed: ['a.com: routing direct -> gateway'] },
    ],
    [
      'unchanged',
      [host('a.com', [[80, 'HTTP']])],
      [host('a.com', [[80, 'HTTP']])],
      { added: [], removed: [], changed: [] },
    ],
  ])('%s', (_label, head, base, expected) => {
    const d = diffEgress(head, base, 'main');
    expect({
      added: d.added.map((h) => h.host),
      removed: d.removed.map((h) => h.host),
      changed: d.changed.map((c) => `${c.host}: ${c.what.join('; ')}`),
    }).toEqual(expected);
    expect(d.base).toBe('main');
  });
});
