import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitRepo, type GitRepo } from '../../test/support/git-repo.js';
import { createGitManifestReader } from './git-manifest-reader.js';

describe('createGitManifestReader', () => {
  let repo: GitRepo;

  beforeAll(() => {
    repo = createGitRepo();
    repo.write({ 'deploy/apps/a.yaml': 'kind: A\n', 'deploy/skip.yaml': 'kind: Skip\n' });
    repo.commit('one');
    repo.write({ 'deploy/apps/a.yaml': 'kind: A2\n', 'deploy/apps/b.yaml': 'kind: B\n' });
    repo.commit('two');
  });
  afterAll(() => repo.cleanup());

  it('lists and reads files as they were at the revision, relative to the config folder', async () => {
    const reader = await createGitManifestReader({
      repoRoot: repo.dir,
      ref: 'HEAD~1',
      baseDir: path.join(repo.dir, 'deploy'),
    });
    expect(await reader.listFiles(['**/*.yaml'], ['skip.yaml'])).toEqual(['apps/a.yaml']);
    expect(await reader.readFile('apps/a.yaml')).toBe('kind: A\n');
    expect(reader.displayPath('apps/a.yaml')).toBe('deploy/apps/a.yaml');
  });

  it('sees the newer revision', async () => {
    const reader = await createGitManifestReader({ repoRoot: repo.dir, ref: 'HEAD', baseDir: repo.dir });
    expect(await reader.listFiles(['deploy/apps/*.yaml'], [])).toEqual([
      'deploy/apps/a.yaml',
      'deploy/apps/b.yaml',
    ]);
  });

  it('names an unknown revision', async () => {
    await expect(
      createGitManifestReader({ repoRoot: repo.dir, ref: 'nope', baseDir: repo.dir }),
    ).rejects.toThrow(/git rev-parse/);
  });
});
