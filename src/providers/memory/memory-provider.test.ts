import { describe, expect, it } from 'vitest';
import { describeProviderContract } from '../../../test/provider-contract.js';
import { GitopsDnsError } from '../../errors.js';
import type { Rrset } from '../../records/record.js';
import { MemoryProvider } from './memory-provider.js';

const zone = 'example.com';
const soa: Rrset = {
  name: zone,
  type: 'SOA',
  ttlSeconds: 3600,
  values: ['ns1.example.com hostmaster.example.com 1 7200 3600 1209600 300'],
};
const www: Rrset = { name: `www.${zone}`, type: 'A', ttlSeconds: 300, values: ['192.0.2.1'] };

describe('MemoryProvider contract', () => {
  describeProviderContract('memory', () => {
    const provider = new MemoryProvider({ [zone]: [soa] });
    return Promise.resolve({
      provider,
      zone,
      seed: async (rrsets: Rrset[]) => provider.seed(zone, rrsets),
      writes: () => provider.applied.length,
    });
  });
});

describe('MemoryProvider', () => {
  it('refuses a change whose before state is stale, and keeps the zone unchanged', async () => {
    const provider = new MemoryProvider({ [zone]: [soa, www] });
    provider.seed(zone, [{ ...www, values: ['192.0.2.9'] }]);
    const error = await provider
      .applyChanges(zone, [
        { kind: 'create', after: { name: `new.${zone}`, type: 'A', ttlSeconds: 60, values: ['192.0.2.2'] } },
        { kind: 'update', before: www, after: { ...www, values: ['192.0.2.3'] } },
      ])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitopsDnsError);
    expect((error as GitopsDnsError).message).toContain('before state');
    expect(await provider.listRecords(zone)).toEqual([soa, { ...www, values: ['192.0.2.9'] }]);
  });

  it.each([
    ['a create of an existing rrset', { kind: 'create' as const, after: www }, 'already exists'],
    [
      'a delete of a missing rrset',
      { kind: 'delete' as const, before: { ...www, name: `gone.${zone}` } },
      'does not exist',
    ],
    [
      'a name outside the zone',
      { kind: 'create' as const, after: { ...www, name: 'www.example.org' } },
      'outside the zone',
    ],
  ])('refuses %s', async (_title, change, message) => {
    const provider = new MemoryProvider({ [zone]: [soa, www] });
    await expect(provider.applyChanges(zone, [change])).rejects.toThrow(message);
  });

  it('refuses an unknown zone', async () => {
    await expect(new MemoryProvider({}).listRecords(zone)).rejects.toBeInstanceOf(GitopsDnsError);
  });
});
