import picomatch from 'picomatch';
import type { ManifestReader } from './manifest-reader.js';

/** Manifests held in memory (tests, generated repositories): path -> text. */
export function createMemoryManifestReader(
  files: Readonly<Record<string, string>>,
  prefix = '',
): ManifestReader {
  return {
    async listFiles(include, exclude) {
      const included = picomatch([...include], { dot: true });
      const excluded = exclude.length > 0 ? picomatch([...exclude], { dot: true }) : () => false;
      return Object.keys(files)
        .filter((file) => included(file) && !excluded(file))
        .sort();
    },
    async readFile(relativePath) {
      const text = files[relativePath];
      if (text === undefined) throw new Error(`no such file: ${relativePath}`);
      return text;
    },
    displayPath: (relativePath) => prefix + relativePath,
  };
}
