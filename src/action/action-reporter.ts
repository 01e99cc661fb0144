import type { Annotation } from './annotations.js';

/** What the flows tell the runner: log lines, annotations, outputs and the job summary. */
export interface ActionReporter {
  info(message: string): void;
  warning(message: string): void;
  annotate(annotation: Annotation): void;
  setOutput(name: string, value: string): void;
  /** Appends markdown to the job summary. */
  writeSummary(markdown: string): Promise<void>;
}

/** A reporter that keeps everything: the test double, and a record of what a run reported. */
export class RecordingReporter implements ActionReporter {
  readonly infos: string[] = [];
  readonly warnings: string[] = [];
  readonly annotations: Annotation[] = [];
  readonly outputs: Record<string, string> = {};
  summary = '';

  info(message: string): void {
    this.infos.push(message);
  }

  warning(message: string): void {
    this.warnings.push(message);
  }

  annotate(annotation: Annotation): void {
    this.annotations.push(annotation);
  }

  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }

  async writeSummary(markdown: string): Promise<void> {
    this.summary += markdown;
  }
}
