import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../records/diagnostic.js';
import { selectAnnotations } from './annotations.js';

const d = (severity: Diagnostic['severity'], line: number, file = 'a.yaml'): Diagnostic => ({
  severity,
  code: 'c',
  message: `${severity} ${line}`,
  file,
  line,
});

describe('selectAnnotations', () => {
  it('keeps errors before warnings and drops info', () => {
    const out = selectAnnotations([d('info', 1), d('warning', 2), d('error', 3), d('error', 1, 'b.yaml')]);
    expect(out).toEqual([
      { level: 'error', message: 'error 3', title: 'gitops-dns: c', file: 'a.yaml', line: 3 },
      { level: 'error', message: 'error 1', title: 'gitops-dns: c', file: 'b.yaml', line: 1 },
      { level: 'warning', message: 'warning 2', title: 'gitops-dns: c', file: 'a.yaml', line: 2 },
    ]);
  });

  it.each([
    [10, 10, 10],
    [11, 10, 2],
    [25, 10, 16],
  ])('%i warnings -> %i annotations, the last counting %i', (count, shown, lastCount) => {
    const out = selectAnnotations(Array.from({ length: count }, (_, i) => d('warning', i + 1)));
    expect(out).toHaveLength(shown);
    if (count > 10)
      expect(out.at(-1)?.message).toBe(
        `${lastCount} more warnings are not annotated here; the job summary lists every one.`,
      );
    else expect(out.at(-1)?.line).toBe(10);
  });

  it('annotates a diagnostic without a position as a plain message', () => {
    expect(selectAnnotations([{ severity: 'error', code: 'x', message: 'm' }])).toEqual([
      { level: 'error', message: 'm', title: 'gitops-dns: x' },
    ]);
  });
});
