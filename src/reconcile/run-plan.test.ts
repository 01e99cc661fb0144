import { describe, expect, it } from 'vitest';
import { configSchema } from '../config/schema.js';
import { createMemoryManifestReader } from '../manifests/memory-manifest-reader.js';
import { MemoryProvider } from '../providers/memory/memory-provider.js';
import type { Rrset } from '../records/record.js';
import { runApply } from './run-apply.js';
import { runPlan } from './run-plan.js';

const config = configSchema.parse({
  owner: 'me',
  manifests: ['clusters/**/*.yaml'],
  zones: ['example.com'],
  provider: { type: 'zonefile', directory: 'zones' },
});
const rr = (name: string, type: string, values: string[]): Rrset => ({ name, type, ttlSeconds: 300, values });
const owned = [
  rr('www.example.com', 'A', ['192.0.2.1']),
  rr('a-www.example.com', 'TXT', ['heritage=external-dns,external-dns/owner=me']),
];
const service = `apiVersion: v1
kind: Service
metadata:
  name: web
  annotations:
    external-dns.alpha.kubernetes.io/hostname: api.example.com
    external-dns.alpha.kubernetes.io/target: 192.0.2.2
`;

function deps(files: Record<string, string>) {
  const provider = new MemoryProvider({ 'example.com': owned });
  return { provider, reader: createMemoryManifestReader(files), log: () => undefined };
}

describe('runPlan: manifests that match no document', () => {
  it.each([
    ['no file matches the globs', true, { 'apps/web.yaml': service }],
    ['files match and ask for no record', true, { 'clusters/empty.yaml': '# nothing yet\n' }],
    ['a manifest asks for a record', false, { 'clusters/web.yaml': service }],
  ])('%s: error %s', async (_title, error, files: Record<string, string>) => {
    const { plan } = await runPlan(config, deps(files));
    expect(plan.zones[0]!.changes.some((c) => c.kind === 'delete')).toBe(true);
    const found = plan.diagnostics.filter((d) => d.code === 'no-manifests');
    expect(found.length > 0).toBe(error);
    if (error) expect(found[0]).toMatchObject({ severity: 'error' });
  });

  it('no error when nothing would be deleted', async () => {
    const d = deps({});
    await d.provider.applyChanges(
      'example.com',
      owned.map((before) => ({ kind: 'delete', before })),
    );
    const { plan } = await runPlan(config, d);
    expect(plan.diagnostics).toEqual([]);
  });

  it('apply refuses to delete every owned record unless forced', async () => {
    const d = deps({});
    await expect(runApply(config, d, { force: false })).rejects.toThrow(/apply refused: 1 error/);
    expect(d.provider.applied).toEqual([]);
    await runApply(config, d, { force: true });
    expect(await d.provider.listRecords('example.com')).toEqual([]);
  });
});
