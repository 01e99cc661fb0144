import type { Config } from '../config/schema.js';
import type { ManifestReader } from '../manifests/manifest-reader.js';
import { extract, type Extraction } from '../sources/extraction.js';

/** `gitops-dns endpoints`: the desired records, egress hosts and diagnostics of a repository. */
export async function runEndpoints(config: Config, reader: ManifestReader): Promise<Extraction> {
  return extract(config, reader);
}
