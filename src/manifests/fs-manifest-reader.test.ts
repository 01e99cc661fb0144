import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsManifestReader } from './fs-manifest-reader.js';

describe('createFsManifestReader', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'gitops-dns-reader-'));
    const files = [
      'deploy/clusters/prod/b.yaml',
      'deploy/clusters/prod/a.yaml',
      'deploy/clusters/prod/charts/x/values.yaml',
      'deploy/clusters/prod/node_modules/pkg/c.yaml',
      'deploy/.git/d.yaml',
      'deploy/other.yml',
    ];
    for (const file of files) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), `# ${file}\n`);
    }
  });
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('lists matching files sorted, without excluded, node_modules or .git', async () => {
    const reader = createFsManifestReader(path.join(root, 'deploy'));
    expect(await reader.listFiles(['**/*.yaml', '**/*.yml'], ['**/charts/**'])).toEqual([
      'clusters/prod/a.yaml',
      'clusters/prod/b.yaml',
      'other.yml',
    ]);
  });

  it('reads files relative to the base folder and names them relative to the repository root', async () => {
    const reader = createFsManifestReader(path.join(root, 'deploy'), root);
    expect(await reader.readFile('clusters/prod/a.yaml')).toBe('# deploy/clusters/prod/a.yaml\n');
    expect(reader.displayPath('clusters/prod/a.yaml')).toBe('deploy/clusters/prod/a.yaml');
    expect(createFsManifestReader(root).displayPath('x/y.yaml')).toBe('x/y.yaml');
  });
});
