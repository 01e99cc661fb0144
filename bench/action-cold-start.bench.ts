/*
 * Cold start of the Action bundle on Node 24, as the runner starts it: from process start to the
 * first log line of dist/index.js (`gitops-dns <version>`), and to the end of a whole drift run
 * on a small zone-file repository without GitHub. Median of several runs; prints numbers only.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const RUNS = 9;
const root = process.cwd();
const node24 = execFileSync(process.execPath, [path.join(root, 'scripts/ensure-node24.mjs')], {
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'inherit'],
}).trim();

function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gitops-dns-bench-'));
  mkdirSync(path.join(dir, 'zones'));
  mkdirSync(path.join(dir, 'manifests'));
  writeFileSync(
    path.join(dir, 'gitops-dns.yaml'),
    'owner: bench\nmanifests: ["manifests/**/*.yaml"]\nzones: [example.com]\nprovider:\n  type: zonefile\n  directory: zones\n',
  );
  writeFileSync(
    path.join(dir, 'zones/example.com.zone'),
    '$ORIGIN example.com.\n$TTL 3600\n@ IN SOA ns1.example.com. h.example.com. 1 7200 3600 1209600 3600\n  IN NS ns1.example.com.\nns1 IN A 192.0.2.53\n',
  );
  writeFileSync(
    path.join(dir, 'manifests/web.yaml'),
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  annotations:\n    external-dns.alpha.kubernetes.io/hostname: www.example.com\nspec:\n  loadBalancerIP: 192.0.2.10\n',
  );
  writeFileSync(path.join(dir, 'event.json'), '{}');
  return dir;
}

function once(dir: string): Promise<{ firstLineMs: number; totalMs: number; code: number | null }> {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    let firstLineMs = -1;
    const child = spawn(node24, [path.join(root, 'dist/index.js')], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'acme/dns',
        GITHUB_EVENT_NAME: 'schedule',
        GITHUB_EVENT_PATH: path.join(dir, 'event.json'),
        GITHUB_WORKSPACE: dir,
        RUNNER_TEMP: dir,
        INPUT_MODE: 'drift',
        INPUT_CONFIG: 'gitops-dns.yaml',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', () => {
      if (firstLineMs < 0) firstLineMs = Number(process.hrtime.bigint() - start) / 1e6;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ firstLineMs, totalMs: Number(process.hrtime.bigint() - start) / 1e6, code }),
    );
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

const dir = workspace();
try {
  await once(dir); // warm the file cache, as a runner that just checked out the action has
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await once(dir));
  const failed = runs.filter((r) => r.code !== 0).length;
  const version = execFileSync(node24, ['--version'], { encoding: 'utf8' }).trim();
  console.log(
    `dist/index.js on Node ${version}, median of ${RUNS} runs${failed ? ` (${failed} exited non-zero)` : ''}:`,
  );
  console.log(
    `  cold start (process start -> first log line): ${median(runs.map((r) => r.firstLineMs)).toFixed(0)} ms (target < 300 ms)`,
  );
  console.log(
    `  whole drift run, zone-file provider, no GitHub: ${median(runs.map((r) => r.totalMs)).toFixed(0)} ms`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
