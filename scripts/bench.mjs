// Runs every bench/*.bench.ts: each is bundled with esbuild into .tmp/bench and run with Node,
// printing its own figures. Benchmarks print numbers; they do not pass or fail.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';

const only = process.argv[2];
const benches = readdirSync('bench')
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.includes(only)))
  .sort();
let failed = 0;
for (const file of benches) {
  const outfile = path.join('.tmp/bench', file.replace(/\.ts$/, '.mjs'));
  await build({
    entryPoints: [path.join('bench', file)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  console.log(`\n=== ${file}`);
  const result = spawnSync(process.execPath, ['--expose-gc', outfile], { stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.log(`(${file} exited with ${result.status})`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
