/**
 * Where manifests come from: the working tree, or a git revision (for the egress diff against the
 * base branch). Paths are relative to the config folder, forward slashes.
 */
export interface ManifestReader {
  /** Files matching any of `include` and none of `exclude`, sorted. */
  listFiles(include: readonly string[], exclude: readonly string[]): Promise<string[]>;
  readFile(relativePath: string): Promise<string>;
  /** How a file is named in diagnostics: its path relative to the repository root. */
  displayPath(relativePath: string): string;
}
