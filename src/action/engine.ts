import path from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { lookupForSetting } from '../egress/egress-resolution.js';
import type { Config } from '../config/schema.js';
import { createFsManifestReader } from '../manifests/fs-manifest-reader.js';
import { createGitManifestReader } from '../manifests/git-manifest-reader.js';
import type { Plan } from '../plan/plan.js';
import { createProvider } from '../providers/create-provider.js';
import type { ReconcileDeps } from '../reconcile/reconcile-deps.js';
import { runApply, type ApplyOptions, type ApplyResult } from '../reconcile/run-apply.js';
import { runEndpoints } from '../reconcile/run-endpoints.js';
import { runPlan } from '../reconcile/run-plan.js';
import type { Extraction } from '../sources/extraction.js';

/** The use cases as the Action's flows call them, bound to one config file. */
export interface Engine {
  /** Config path relative to the repository root, forward slashes: names the comment and issue. */
  readonly configPath: string;
  /** What a push with no pull request does (config `direct-push`). */
  readonly directPush: Config['direct-push'];
  /** Desired records, egress hosts and diagnostics; needs no provider and no secret. */
  endpoints(): Promise<Extraction>;
  /** `checkEgressDns`: also report egress hosts that no longer resolve (drift mode). */
  plan(options?: { force?: boolean; checkEgressDns?: boolean }): Promise<Plan>;
  apply(options: ApplyOptions): Promise<ApplyResult>;
}

export interface EngineOptions {
  /** Config file as given in the `config` input, relative to the workspace. */
  config: string;
  /** Repository root (GITHUB_WORKSPACE). */
  workspace: string;
  /** Environment handed to the provider (secrets, SDK endpoints). */
  env: Readonly<Record<string, string | undefined>>;
  /** Base revision for the egress diff on a pull request, when there is one. */
  baseRef?: string;
  log: (message: string) => void;
}

/** Loads the config and binds the use cases; the provider is created on first use only. */
export async function createEngine(options: EngineOptions): Promise<Engine> {
  const loaded = await loadConfig(path.resolve(options.workspace, options.config));
  const { config, baseDir } = loaded;
  const reader = createFsManifestReader(baseDir, options.workspace);
  let deps: Promise<ReconcileDeps> | undefined;
  const getDeps = () => (deps ??= buildDeps(config, baseDir, reader, options));
  return {
    configPath: path.relative(options.workspace, loaded.file).split(path.sep).join('/'),
    directPush: config['direct-push'],
    endpoints: () => runEndpoints(config, reader),
    plan: async ({ force, checkEgressDns } = {}) => {
      const egressLookup = checkEgressDns ? lookupForSetting(config.egress.resolver) : undefined;
      const planOptions = {
        ...(force !== undefined ? { force } : {}),
        ...(egressLookup ? { egressLookup } : {}),
      };
      return (await runPlan(config, await getDeps(), planOptions)).plan;
    },
    apply: async (applyOptions) => runApply(config, await getDeps(), applyOptions),
  };
}

async function buildDeps(
  config: Config,
  baseDir: string,
  reader: ReconcileDeps['reader'],
  options: EngineOptions,
): Promise<ReconcileDeps> {
  const provider = await createProvider(config.provider, { env: options.env, baseDir, log: options.log });
  const deps: ReconcileDeps = { reader, provider, log: options.log };
  if (options.baseRef) {
    try {
      deps.baseReader = await createGitManifestReader({
        repoRoot: options.workspace,
        ref: options.baseRef,
        baseDir,
      });
      deps.baseRef = options.baseRef;
    } catch (error) {
      // A shallow checkout lacks the base commit: the plan is still right, only the egress diff is
      // lost. A log line, not a warning: actions/checkout is shallow by default.
      options.log(
        `egress hosts are not compared with the base branch: ${(error as Error).message.split('\n')[0]} (use actions/checkout with fetch-depth: 0)`,
      );
    }
  }
  return deps;
}
