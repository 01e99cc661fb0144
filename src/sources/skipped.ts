import type { Manifest, SourceOutput } from './source.js';

/** The output for an object the `controller` annotation hands to another controller. */
export function skipped(manifest: Manifest, reason: string): SourceOutput {
  const ref = manifest.refAt();
  return {
    claims: [],
    egress: [],
    diagnostics: [
      {
        severity: 'info',
        code: 'other-controller',
        message: `${manifest.kind} ${manifest.namespace}/${manifest.name} skipped: ${reason}`,
        file: ref.file,
        line: ref.line,
      },
    ],
  };
}
