import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { lookupForSetting } from '../egress/egress-resolution.js';
import { GitopsDnsError } from '../errors.js';
import { createFsManifestReader } from '../manifests/fs-manifest-reader.js';
import { createGitManifestReader } from '../manifests/git-manifest-reader.js';
import type { Plan } from '../plan/plan.js';
import { createProvider } from '../providers/create-provider.js';
import { renderEndpointsJson } from '../report/endpoints-json.js';
import { renderEndpointsText } from '../report/endpoints-text.js';
import { renderPlanJson } from '../report/plan-json.js';
import { renderPlanMarkdown } from '../report/plan-markdown.js';
import { renderPlanText } from '../report/plan-text.js';
import type { ReconcileDeps } from '../reconcile/reconcile-deps.js';
import { runApply } from '../reconcile/run-apply.js';
import { runEndpoints } from '../reconcile/run-endpoints.js';
import { hasChanges, runPlan } from '../reconcile/run-plan.js';
import { VERSION } from '../version.js';
import { parseArgs, usage, type CliArgs, type Format } from './parse-args.js';

/** The CLI's view of the process, passed in so tests run the CLI in-process. */
export interface CliIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Readonly<Record<string, string | undefined>>;
  cwd: string;
  /** Whether stdout is a terminal (colour only then, and never with NO_COLOR). */
  isTTY?: boolean;
}

/** Runs one CLI command and returns the exit status; the one place that turns errors into it. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(parseArgs(argv), io);
  } catch (error) {
    if (error instanceof GitopsDnsError) {
      io.stderr.write(`gitops-dns: ${error.code} error: ${error.message}\n`);
      if (error.code === 'usage') io.stderr.write(`\n${usage}`);
      return 1;
    }
    io.stderr.write(`gitops-dns: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

async function dispatch(args: CliArgs, io: CliIo): Promise<number> {
  if (args.command === 'help') {
    io.stdout.write(usage);
    return 0;
  }
  if (args.command === 'version') {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  const log = (message: string): void => void io.stderr.write(`${message}\n`);
  const loaded = await loadConfig(path.resolve(io.cwd, args.config));
  const repoRoot = findRepoRoot(loaded.baseDir);
  const reader = createFsManifestReader(loaded.baseDir, repoRoot);
  const color = Boolean(io.isTTY) && !io.env.NO_COLOR;

  if (args.command === 'endpoints') {
    const extraction = await runEndpoints(loaded.config, reader);
    io.stdout.write(
      args.format === 'json' ? renderEndpointsJson(extraction) : renderEndpointsText(extraction, { color }),
    );
    return extraction.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  }

  const provider = await createProvider(loaded.config.provider, {
    env: io.env,
    baseDir: loaded.baseDir,
    log,
  });
  const deps: ReconcileDeps = { reader, provider, log };
  if (args.base !== undefined) {
    deps.baseReader = await createGitManifestReader({ repoRoot, ref: args.base, baseDir: loaded.baseDir });
    deps.baseRef = args.base;
  }

  if (args.command === 'plan') {
    const egressLookup = args.checkEgressDns ? lookupForSetting(loaded.config.egress.resolver) : undefined;
    const { plan } = await runPlan(loaded.config, deps, {
      force: args.force,
      ...(egressLookup ? { egressLookup } : {}),
    });
    io.stdout.write(render(plan, args.format, color));
    if (plan.diagnostics.some((d) => d.severity === 'error')) return 1;
    return args.exitCode && hasChanges(plan) ? 2 : 0;
  }

  const result = await runApply(loaded.config, deps, {
    force: args.force,
    ...(args.checksum ? { expectedChecksum: args.checksum } : {}),
  });
  io.stdout.write(render(result.plan, args.format, color));
  log(
    result.appliedZones.length > 0
      ? `applied to ${result.appliedZones.join(', ')}`
      : 'nothing to apply: the provider already matches the repository',
  );
  if (hasChanges(result.after)) {
    log('after applying, the provider still differs from the repository:');
    io.stderr.write(renderPlanText(result.after, { color: false }));
    return 1;
  }
  return 0;
}

function render(plan: Plan, format: Format, color: boolean): string {
  const text =
    format === 'json'
      ? renderPlanJson(plan)
      : format === 'markdown'
        ? renderPlanMarkdown(plan, {})
        : renderPlanText(plan, { color });
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** The nearest folder at or above `dir` holding `.git`; file names in output are relative to it. */
export function findRepoRoot(dir: string): string {
  for (let current = dir; ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return dir;
  }
}
