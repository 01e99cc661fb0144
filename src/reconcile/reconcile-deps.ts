import type { ManifestReader } from '../manifests/manifest-reader.js';
import type { Provider } from '../providers/provider.js';

/** Everything the use cases need from the outside world, passed in so tests use real in-memory parts. */
export interface ReconcileDeps {
  /** Manifests of the revision being planned (the working tree or the PR head). */
  reader: ManifestReader;
  /** Manifests of the base revision, for the egress diff; absent when there is none. */
  baseReader?: ManifestReader;
  /** Name of the base revision shown in the plan, e.g. `origin/main` or a commit. */
  baseRef?: string;
  provider: Provider;
  /** Progress lines (stderr in the CLI, the log in the Action). */
  log: (message: string) => void;
}
