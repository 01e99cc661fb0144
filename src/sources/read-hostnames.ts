import type { KeyPath } from '../manifests/parse-documents.js';
import { readAnnotation, splitList } from '../records/annotations.js';
import type { Diagnostic } from '../records/diagnostic.js';
import { normalizeDnsName } from '../records/dns-name.js';
import type { SourceRef } from '../records/record.js';
import { formatKeyPath } from './fields.js';
import type { Manifest } from './source.js';

/** A name a manifest asks for, and where it says so. */
export interface Hostname {
  name: string;
  source: SourceRef;
}

/** A raw hostname as written, with the key path that carries it. */
export interface RawHostname {
  value: string;
  path: KeyPath;
}

/**
 * Normalises written hostnames. Invalid ones give a warning naming file, line and key;
 * cluster-internal ones (`reviews`, `*.svc.cluster.local`, `*`) are dropped silently because
 * they are never meant for public DNS.
 */
export function readHostnames(
  manifest: Manifest,
  raw: readonly RawHostname[],
  diagnostics: Diagnostic[],
): Hostname[] {
  const names: Hostname[] = [];
  for (const { value, path } of raw) {
    const result = normalizeDnsName(value);
    if (result.ok) {
      names.push({ name: result.name, source: manifest.refAt(path) });
      continue;
    }
    if (result.kind === 'unpublishable') continue;
    const ref = manifest.refAt(path);
    diagnostics.push({
      severity: 'warning',
      code: 'invalid-hostname',
      message: `${manifest.kind} ${manifest.namespace}/${manifest.name}: ${result.reason}; no record`,
      file: ref.file,
      line: ref.line,
      key: formatKeyPath(path),
    });
  }
  return names;
}

/** The comma-separated `hostname` annotation as raw hostnames. */
export function hostnameAnnotation(manifest: Manifest): RawHostname[] {
  const found = readAnnotation(manifest.annotations, 'hostname');
  if (!found) return [];
  return splitList(found.value).map((value) => ({ value, path: ['metadata', 'annotations', found.key] }));
}
