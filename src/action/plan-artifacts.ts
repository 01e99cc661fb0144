import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plan } from '../plan/plan.js';
import type { Diagnostic } from '../records/diagnostic.js';
import { renderPlanJson } from '../report/plan-json.js';
import { renderPlanMarkdown } from '../report/plan-markdown.js';
import type { ActionReporter } from './action-reporter.js';
import { selectAnnotations } from './annotations.js';
import { capSummary, SUMMARY_LIMIT_BYTES } from './job-summary.js';
import { planOutputs } from './plan-outputs.js';

export interface ArtifactOptions {
  configPath: string;
  /** RUNNER_TEMP: the JSON plan is written here. */
  runnerTemp: string;
  linkBase?: string;
  /** Heading of the job summary, e.g. `gitops-dns plan`. */
  title: string;
  /** Markdown put above the plan in the summary (e.g. the apply result). */
  status?: string;
}

/**
 * What every mode leaves behind for a plan: the JSON file (path in the `plan-json` output), the
 * outputs, annotations on the manifest lines, and the full plan in the job summary.
 */
export async function reportPlan(
  plan: Plan,
  reporter: ActionReporter,
  options: ArtifactOptions,
): Promise<string> {
  const jsonPath = planJsonPath(options.runnerTemp, options.configPath);
  await mkdir(path.dirname(jsonPath), { recursive: true });
  await writeFile(jsonPath, renderPlanJson(plan));
  for (const [name, value] of Object.entries(planOutputs(plan, jsonPath))) reporter.setOutput(name, value);
  annotate(plan.diagnostics, reporter);
  const markdown = renderPlanMarkdown(plan, {
    title: `${options.title} for \`${options.configPath}\``,
    // The summary holds the whole plan; capSummary cuts it only at GitHub's 1 MiB limit.
    maxChars: SUMMARY_LIMIT_BYTES,
    truncationHint: 'the full plan is in the JSON file of the `plan-json` output',
    ...(options.linkBase ? { linkBase: options.linkBase } : {}),
  });
  await reporter.writeSummary(capSummary(`${options.status ? `${options.status}\n\n` : ''}${markdown}\n`));
  return jsonPath;
}

/** Emits the most important errors and warnings as annotations on their manifest lines. */
export function annotate(diagnostics: readonly Diagnostic[], reporter: ActionReporter): void {
  for (const annotation of selectAnnotations(diagnostics)) reporter.annotate(annotation);
}

/** One JSON file per config file, so several steps in one job do not overwrite each other. */
export function planJsonPath(runnerTemp: string, configPath: string): string {
  const id = createHash('sha256').update(configPath).digest('hex').slice(0, 8);
  return path.join(runnerTemp, 'gitops-dns', `plan-${id}.json`);
}
