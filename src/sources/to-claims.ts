import type { Hostname } from './read-hostnames.js';
import type { RecordOptions } from './record-options.js';
import type { Claim } from './source.js';

/** One claim per name, all pointing at the same targets (empty targets: the name is unknown). */
export function toClaims(
  names: readonly Hostname[],
  targets: readonly string[],
  options: RecordOptions,
): Claim[] {
  return names.map(({ name, source }) => ({
    name,
    targets: [...targets],
    ...(options.ttlSeconds !== undefined ? { ttlSeconds: options.ttlSeconds } : {}),
    ...(options.providerSpecific ? { providerSpecific: { ...options.providerSpecific } } : {}),
    ...(options.setIdentifier !== undefined ? { setIdentifier: options.setIdentifier } : {}),
    source,
  }));
}
