/** A problem found in the input, reported with its position; never an exception. */
export interface Diagnostic {
  severity: 'error' | 'warning' | 'info';
  /** Stable machine-readable code, e.g. `invalid-yaml`, `unknown-target`, `claimed-twice`. */
  code: string;
  message: string;
  /** Repository-relative file. */
  file?: string;
  /** 1-based line. */
  line?: number;
  /** Key path inside the document or config, e.g. `spec.rules[0].host`. */
  key?: string;
}

const severityRank: Record<Diagnostic['severity'], number> = { error: 0, warning: 1, info: 2 };

/** Sorts diagnostics deterministically: severity, file, line, message. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      severityRank[a.severity] - severityRank[b.severity] ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      (a.line ?? 0) - (b.line ?? 0) ||
      a.message.localeCompare(b.message),
  );
}
