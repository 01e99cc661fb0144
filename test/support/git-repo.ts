import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A throw-away git repository for tests that read manifests at a revision. */
export interface GitRepo {
  dir: string;
  /** Writes files (paths relative to the repository, folders made as needed). */
  write(files: Record<string, string>): void;
  remove(file: string): void;
  /** Stages everything and commits. */
  commit(message: string): void;
  cleanup(): void;
}

export function createGitRepo(): GitRepo {
  const dir = mkdtempSync(path.join(tmpdir(), 'gitops-dns-git-'));
  const identity = {
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@t',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@t',
  };
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, env: { ...process.env, ...identity } });
  git('init', '-q', '-b', 'main');
  return {
    dir,
    write(files) {
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        writeFileSync(path.join(dir, file), text);
      }
    },
    remove(file) {
      rmSync(path.join(dir, file));
    },
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '-m', message);
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
