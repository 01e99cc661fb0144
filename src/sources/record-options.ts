import type { Diagnostic } from '../records/diagnostic.js';
import { readAnnotation } from '../records/annotations.js';
import { parseTtl } from '../records/ttl.js';
import type { Manifest } from './source.js';

/** Settings an object's annotations give every record it claims. */
export interface RecordOptions {
  ttlSeconds?: number;
  providerSpecific?: Record<string, string>;
  setIdentifier?: string;
}

/** The result of reading an object's external-dns annotations. */
export interface ObjectAnnotations {
  /** Set when the `controller` annotation hands the object to another controller. */
  skipReason?: string;
  options: RecordOptions;
  diagnostics: Diagnostic[];
}

const booleanAnnotations = ['cloudflare-proxied', 'alias'] as const;

/** Reads `controller`, `ttl`, `cloudflare-proxied`, `alias` and `set-identifier` (SPEC 3.1). */
export function readObjectAnnotations(manifest: Manifest): ObjectAnnotations {
  const result: ObjectAnnotations = { options: {}, diagnostics: [] };
  const controller = readAnnotation(manifest.annotations, 'controller');
  if (controller && controller.value !== 'dns-controller') {
    result.skipReason = `${controller.key} is "${controller.value}"`;
    return result;
  }
  const ttl = readAnnotation(manifest.annotations, 'ttl');
  if (ttl) {
    const parsed = parseTtl(ttl.value);
    if (parsed.ok) result.options.ttlSeconds = parsed.seconds;
    else result.diagnostics.push(annotationWarning(manifest, ttl.key, parsed.reason));
  }
  for (const name of booleanAnnotations) {
    const found = readAnnotation(manifest.annotations, name);
    if (!found) continue;
    const value = found.value.trim().toLowerCase();
    if (value === 'true' || value === 'false') {
      result.options.providerSpecific = { ...result.options.providerSpecific, [name]: value };
    } else {
      result.diagnostics.push(
        annotationWarning(manifest, found.key, `"${found.value}" is not true or false`),
      );
    }
  }
  const setIdentifier = readAnnotation(manifest.annotations, 'set-identifier');
  if (setIdentifier && setIdentifier.value.trim() !== '')
    result.options.setIdentifier = setIdentifier.value.trim();
  return result;
}

/** A warning about an annotation's value, on the annotation's line. */
export function annotationWarning(manifest: Manifest, key: string, reason: string): Diagnostic {
  const ref = manifest.refAt(['metadata', 'annotations', key]);
  return {
    severity: 'warning',
    code: 'invalid-annotation',
    message: `${manifest.kind} ${manifest.namespace}/${manifest.name}: annotation ${key}: ${reason}; ignored`,
    file: ref.file,
    line: ref.line,
    key: `metadata.annotations.${key}`,
  };
}
