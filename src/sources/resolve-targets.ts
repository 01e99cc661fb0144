import type { Config } from '../config/schema.js';
import type { KeyPath } from '../manifests/parse-documents.js';
import { readAnnotation, splitList } from '../records/annotations.js';
import type { Diagnostic } from '../records/diagnostic.js';
import { normalizeTarget, sortedUnique } from '../records/targets.js';
import { asArray, asRecord, asString, formatKeyPath } from './fields.js';
import type { Manifest } from './source.js';

/** A raw target as written, with the key path that carries it. */
export interface RawTarget {
  value: string;
  path: KeyPath;
}

/** Normalises written targets; invalid ones give a warning naming file, line and key. */
export function readTargets(
  manifest: Manifest,
  raw: readonly RawTarget[],
  diagnostics: Diagnostic[],
): string[] {
  const targets: string[] = [];
  for (const { value, path } of raw) {
    const result = normalizeTarget(value);
    if (result.ok) {
      targets.push(result.target);
      continue;
    }
    const ref = manifest.refAt(path);
    diagnostics.push({
      severity: 'warning',
      code: 'invalid-target',
      message: `${manifest.kind} ${manifest.namespace}/${manifest.name}: ${result.reason}; ignored`,
      file: ref.file,
      line: ref.line,
      key: formatKeyPath(path),
    });
  }
  return sortedUnique(targets);
}

/** Step 1 of SPEC 3.3: the object's own comma-separated `target` annotation. */
export function annotationTargets(manifest: Manifest, diagnostics: Diagnostic[]): string[] {
  const found = readAnnotation(manifest.annotations, 'target');
  if (!found) return [];
  const path = ['metadata', 'annotations', found.key];
  return readTargets(
    manifest,
    splitList(found.value).map((value) => ({ value, path })),
    diagnostics,
  );
}

/** `status.loadBalancer.ingress[]` of a rendered Service or Ingress. */
export function loadBalancerStatusTargets(manifest: Manifest, diagnostics: Diagnostic[]): string[] {
  const raw: RawTarget[] = [];
  const ingress = asArray(asRecord(asRecord(manifest.doc.value.status).loadBalancer).ingress);
  ingress.forEach((entry, index) => {
    const path = ['status', 'loadBalancer', 'ingress', index];
    const ip = asString(asRecord(entry).ip);
    const hostname = asString(asRecord(entry).hostname);
    if (ip) raw.push({ value: ip, path: [...path, 'ip'] });
    else if (hostname) raw.push({ value: hostname, path: [...path, 'hostname'] });
  });
  return readTargets(manifest, raw, diagnostics);
}

/**
 * Steps 1-2 for a Service: its `target` annotation, then `spec.loadBalancerIP`,
 * `spec.externalIPs`, `spec.externalName`, then a rendered `status.loadBalancer`.
 */
export function serviceTargets(service: Manifest, diagnostics: Diagnostic[]): string[] {
  const fromAnnotation = annotationTargets(service, diagnostics);
  if (fromAnnotation.length > 0) return fromAnnotation;
  const spec = service.spec;
  const candidates: RawTarget[][] = [
    optional(asString(spec.loadBalancerIP), ['spec', 'loadBalancerIP']),
    asArray(spec.externalIPs).flatMap((ip, index) => optional(asString(ip), ['spec', 'externalIPs', index])),
    optional(asString(spec.externalName), ['spec', 'externalName']),
  ];
  for (const raw of candidates) {
    const targets = readTargets(service, raw, diagnostics);
    if (targets.length > 0) return targets;
  }
  return loadBalancerStatusTargets(service, diagnostics);
}

function optional(value: string | undefined, path: KeyPath): RawTarget[] {
  return value && value.trim() !== '' ? [{ value, path }] : [];
}

/** Step 6: a value from the config's `targets:` mapping (comma-separated allowed). */
export function configuredTargets(value: string | undefined): string[] {
  if (value === undefined) return [];
  const targets = splitList(value).flatMap((part) => {
    const result = normalizeTarget(part);
    return result.ok ? [result.target] : [];
  });
  return sortedUnique(targets);
}

/** The config's `targets.default`, the last resort. */
export function defaultTargets(config: Config): string[] {
  return configuredTargets(config.targets.default);
}

/** The first non-empty list, lazily: later steps only run when earlier ones yield nothing. */
export function firstNonEmpty(...steps: (() => string[])[]): string[] {
  for (const step of steps) {
    const targets = step();
    if (targets.length > 0) return targets;
  }
  return [];
}
