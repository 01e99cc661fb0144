import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitManifestReader } from './git-manifest-reader.js';

describe('createGitManifestReader', () => {
  let repo: string;
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@t',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@t',
      },
    });

  beforeAll(() => {
    repo = mkdtempSync(path.join(tmpdir(), 'gitops-dns-git-'));
    git('init', '-q', '-b', 'main');
    mkdirSync(path.join(repo, 'deploy/apps'), { recursive: true });
    writeFileSync(path.join(repo, 'deploy/apps/a.yaml'), 'kind: A\n');
    writeFileSync(path.join(repo, 'deploy/skip.yaml'), 'kind: Skip\n');
    git('add', '.');
    git('commit', '-q', '-m', 'one');
    writeFileSync(path.join(repo, 'deploy/apps/a.yaml'), 'kind: A2\n');
    writeFileSync(path.join(repo, 'deploy/apps/b.yaml'), 'kind: B\n');
    git('add', '.');
    git('commit', '-q', '-m', 'two');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('lists and reads files as they were at the revision, relative to the config folder', async () => {
    const reader = await createGitManifestReader({
      repoRoot: repo,
      ref: 'HEAD~1',
      baseDir: path.join(repo, 'deploy'),
    });
    expect(await reader.listFiles(['**/*.yaml'], ['skip.yaml'])).toEqual(['apps/a.yaml']);
    expect(await reader.readFile('apps/a.yaml')).toBe('kind: A\n');
    expect(reader.displayPath('apps/a.yaml')).toBe('deploy/apps/a.yaml');
  });

  it('sees the newer revision', async () => {
    const reader = await createGitManifestReader({ repoRoot: repo, ref: 'HEAD', baseDir: repo });
    expect(await reader.listFiles(['deploy/apps/*.yaml'], [])).toEqual([
      'deploy/apps/a.yaml',
      'deploy/apps/b.yaml',
    ]);
  });

  it('names an unknown revision', async () => {
    await expect(createGitManifestReader({ repoRoot: repo, ref: 'nope', baseDir: repo })).rejects.toThrow(
      /git rev-parse/,
    );
  });
});
