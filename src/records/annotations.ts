/** external-dns's two annotation prefixes; the GA one wins when both are set. */
export const annotationPrefixes = [
  'external-dns.kubernetes.io/',
  'external-dns.alpha.kubernetes.io/',
] as const;

/** The external-dns annotations gitops-dns reads (SPEC 3.1). */
export type ExternalDnsAnnotation =
  | 'hostname'
  | 'target'
  | 'ttl'
  | 'cloudflare-proxied'
  | 'controller'
  | 'ingress-hostname-source'
  | 'set-identifier'
  | 'alias';

/** A found annotation: its value and the full key it was read from (for diagnostics). */
export interface AnnotationValue {
  value: string;
  key: string;
}

/** Reads an external-dns annotation under either prefix; scalars are read as strings. */
export function readAnnotation(
  annotations: Readonly<Record<string, unknown>>,
  name: ExternalDnsAnnotation,
): AnnotationValue | undefined {
  for (const prefix of annotationPrefixes) {
    const key = prefix + name;
    const value = annotations[key];
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      return { value: String(value), key };
    }
  }
  return undefined;
}

/** Splits a comma-separated annotation value, dropping blanks. */
export function splitList(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
