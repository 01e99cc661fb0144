#!/usr/bin/env node
// Bundle entry for the CLI: the process's argv, streams and environment go in, an exit status comes out.
import { runCli } from './cli/run-cli.js';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  isTTY: process.stdout.isTTY,
});
