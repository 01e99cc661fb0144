/*
 * Runs the committed Action bundle exactly as the GitHub runner does: a Node 24 binary (the
 * `runs.using: node24` of action.yml), INPUT_* variables, the event payload in a file, and
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files that are read back afterwards.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let binary: string | undefined;

/** The Node 24 binary, installed into .tmp/node24 from the npm registry when missing. */
export function node24(): string {
  binary ??= execFileSync(process.execPath, [path.join(repoRoot, 'scripts/ensure-node24.mjs')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  return binary;
}

export interface ActionRun {
  /** Action inputs by their action.yml names. */
  inputs: Record<string, string>;
  eventName: string;
  event: unknown;
  /** GITHUB_WORKSPACE: the checked-out repository. */
  workspace: string;
  /** Everything else: GITHUB_API_URL, GITHUB_SHA, GITHUB_REF, GITHUB_REPOSITORY, secrets. */
  env: Record<string, string>;
}

export interface ActionResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** `::error` / `::warning` workflow commands, parsed. */
  annotations: { level: string; properties: Record<string, string>; message: string }[];
  /** The message of `::error::` without a file: core.setFailed writes that. */
  failure?: string;
}

/** Runner's name for an input: `INPUT_` + upper case, spaces to `_`, dashes kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Runs dist/index.js with Node 24 as the runner would. */
export async function runBundledAction(run: ActionRun): Promise<ActionResult> {
  const temp = await mkdtemp(path.join(os.tmpdir(), 'gitops-dns-runner-'));
  const files = {
    event: path.join(temp, 'event.json'),
    output: path.join(temp, 'output'),
    summary: path.join(temp, 'summary.md'),
  };
  await writeFile(files.event, JSON.stringify(run.event));
  await writeFile(files.output, '');
  await writeFile(files.summary, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? temp,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    GITHUB_EVENT_NAME: run.eventName,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_WORKSPACE: run.workspace,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: temp,
    ...Object.fromEntries(Object.entries(run.inputs).map(([k, v]) => [inputVariable(k), v])),
    ...run.env,
  };
  const { exitCode, stdout, stderr } = await new Promise<{
    exitCode: number;
    stdout: string;
    stderr: string;
  }>((resolve) => {
    execFile(
      node24(),
      [path.join(repoRoot, 'dist/index.js')],
      { cwd: run.workspace, env, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (error, out, err) =>
        resolve({ exitCode: error ? Number(error.code ?? 1) : 0, stdout: out, stderr: err }),
    );
  });
  const annotations = parseAnnotations(stdout);
  const failure = annotations.find((a) => a.level === 'error' && !a.properties.file)?.message;
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseOutputs(await readFile(files.output, 'utf8')),
    summary: await readFile(files.summary, 'utf8'),
    annotations,
    ...(failure !== undefined ? { failure } : {}),
  };
}

/** Reads GITHUB_OUTPUT: `name<<delimiter\nvalue\ndelimiter` blocks (and plain `name=value`). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, i + 1);
      outputs[heredoc[1]!] = lines.slice(i + 1, end).join('\n');
      i = end;
    } else if (line.includes('=')) {
      outputs[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return outputs;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

function parseAnnotations(stdout: string): ActionResult['annotations'] {
  const found: ActionResult['annotations'] = [];
  for (const line of stdout.split('\n')) {
    const match = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const properties = Object.fromEntries(
      (match[2] ?? '')
        .split(',')
        .filter(Boolean)
        .map((p) => [p.slice(0, p.indexOf('=')), unescapeProperty(p.slice(p.indexOf('=') + 1))]),
    );
    found.push({ level: match[1]!, properties, message: unescapeData(match[3] ?? '') });
  }
  return found;
}
