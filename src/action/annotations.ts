import { sortDiagnostics, type Diagnostic } from '../records/diagnostic.js';

/** One annotation on a manifest line, as `core.error` / `core.warning` show it. */
export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  title: string;
  file?: string;
  line?: number;
}

/** GitHub shows about this many annotations of each level per step; the rest are lost. */
export const ANNOTATIONS_PER_LEVEL = 10;

/**
 * Picks the annotations to emit: errors and warnings, most important first (sortDiagnostics order),
 * at most ANNOTATIONS_PER_LEVEL of each. When some do not fit, the last slot says how many more
 * there are and where to read them, instead of silently dropping them.
 */
export function selectAnnotations(
  diagnostics: readonly Diagnostic[],
  perLevel = ANNOTATIONS_PER_LEVEL,
): Annotation[] {
  const sorted = sortDiagnostics(diagnostics);
  return (['error', 'warning'] as const).flatMap((level) => {
    const all = sorted.filter((d) => d.severity === level).map((d) => toAnnotation(level, d));
    if (all.length <= perLevel) return all;
    const rest = all.length - (perLevel - 1);
    return [
      ...all.slice(0, perLevel - 1),
      {
        level,
        title: `gitops-dns: ${rest} more ${level}s`,
        message: `${rest} more ${level}s are not annotated here; the job summary lists every one.`,
      },
    ];
  });
}

function toAnnotation(level: Annotation['level'], d: Diagnostic): Annotation {
  const annotation: Annotation = { level, message: d.message, title: `gitops-dns: ${d.code}` };
  if (d.file !== undefined) annotation.file = d.file;
  if (d.line !== undefined) annotation.line = d.line;
  return annotation;
}
