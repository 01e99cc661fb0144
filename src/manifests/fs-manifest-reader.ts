import { readFile } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import type { ManifestReader } from './manifest-reader.js';

/** Folders never read: dependencies and git internals are not manifests. */
const alwaysIgnored = ['**/node_modules/**', '**/.git/**'];

/**
 * Reads manifests from the working tree. Paths are relative to `baseDir` (the config folder);
 * `displayPath` names them relative to `repoRoot` (default `baseDir`), forward slashes.
 */
export function createFsManifestReader(baseDir: string, repoRoot: string = baseDir): ManifestReader {
  const root = path.resolve(baseDir);
  return {
    async listFiles(include, exclude) {
      if (include.length === 0) return [];
      const found = await glob([...include], {
        cwd: root,
        ignore: alwaysIgnored,
        onlyFiles: true,
        dot: true,
        expandDirectories: false,
      });
      const excluded = exclude.length > 0 ? picomatch([...exclude], { dot: true }) : () => false;
      return [...new Set(found.map(toPosix))].filter((file) => !excluded(file)).sort();
    },
    async readFile(relativePath) {
      return readFile(path.join(root, relativePath), 'utf8');
    },
    displayPath(relativePath) {
      return toPosix(path.relative(path.resolve(repoRoot), path.join(root, relativePath)));
    },
  };
}

function toPosix(file: string): string {
  return file.split(path.sep).join('/');
}
