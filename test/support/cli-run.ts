import { runCli } from '../../src/cli/run-cli.js';

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams; env defaults to none, so no real secret leaks in. */
export async function cli(
  argv: string[],
  options: { cwd: string; env?: Record<string, string> },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const status = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    env: options.env ?? {},
    cwd: options.cwd,
    isTTY: false,
  });
  return { status, stdout, stderr };
}
