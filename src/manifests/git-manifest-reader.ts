import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import picomatch from 'picomatch';
import { GitopsDnsError } from '../errors.js';
import type { ManifestReader } from './manifest-reader.js';

const run = promisify(execFile);

export interface GitReaderOptions {
  /** Folder of the git repository (its work tree root). */
  repoRoot: string;
  /** Revision to read, e.g. `origin/main`, `HEAD~1`, a commit id. */
  ref: string;
  /** Absolute folder of the config file; globs are relative to it. */
  baseDir: string;
}

async function git(repoRoot: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run('git', args, { cwd: repoRoot, maxBuffer: 512 * 1024 * 1024 });
    return stdout;
  } catch (cause) {
    const detail = ((cause as { stderr?: string }).stderr ?? (cause as Error).message).trim();
    throw new GitopsDnsError('git', `git ${args.join(' ')} failed: ${detail}`, { cause });
  }
}

/** Reads manifests as they are at a git revision: the base branch of the egress diff. */
export async function createGitManifestReader(options: GitReaderOptions): Promise<ManifestReader> {
  const { repoRoot, ref } = options;
  const commit = (await git(repoRoot, ['rev-parse', '--verify', `${ref}^{commit}`])).trim();
  const prefix = path.relative(repoRoot, options.baseDir).split(path.sep).join('/');
  const listing = await git(repoRoot, ['ls-tree', '-r', '-z', '--name-only', commit, '--', prefix || '.']);
  const files = listing
    .split('\0')
    .filter(Boolean)
    .map((file) => (prefix ? file.slice(prefix.length + 1) : file));
  return {
    async listFiles(include, exclude) {
      const isIncluded = picomatch([...include], { dot: true });
      const isExcluded = picomatch(['**/node_modules/**', '**/.git/**', ...exclude], { dot: true });
      return files.filter((f) => isIncluded(f) && !isExcluded(f)).sort();
    },
    async readFile(relativePath) {
      const inRepo = prefix ? `${prefix}/${relativePath}` : relativePath;
      return git(repoRoot, ['show', `${commit}:${inRepo}`]);
    },
    displayPath(relativePath) {
      return prefix ? `${prefix}/${relativePath}` : relativePath;
    },
  };
}
