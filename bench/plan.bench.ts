// Plan for 10,000 manifest documents against a zone of 50,000 records (issue 3), beside the
// extraction floor (reading and extracting the same documents without a provider or planner).
// Each phase runs in its own process so that its peak memory (maxRSS) is its own.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseConfig } from '../src/config/load-config.js';
import { createFsManifestReader } from '../src/manifests/fs-manifest-reader.js';
import { createProvider } from '../src/providers/create-provider.js';
import { runPlan } from '../src/reconcile/run-plan.js';
import { extract } from '../src/sources/extraction.js';

const DOCUMENTS = 10_000;
const ZONE_RECORDS = 50_000;
const configText = `owner: bench\nmanifests: ["manifests/**/*.yaml"]\nzones: [bench.example]\nprovider: { type: zonefile, directory: zones }\n`;

function makeRepository(dir: string): void {
  mkdirSync(path.join(dir, 'manifests'), { recursive: true });
  mkdirSync(path.join(dir, 'zones'), { recursive: true });
  writeFileSync(path.join(dir, 'gitops-dns.yaml'), configText);
  for (let file = 0; file < DOCUMENTS / 100; file++) {
    const docs: string[] = [];
    for (let i = file * 100; i < (file + 1) * 100; i++) {
      docs.push(
        `apiVersion: v1\nkind: Service\nmetadata:\n  name: app-${i}\n  namespace: ns-${i % 50}\n  annotations:\n    external-dns.alpha.kubernetes.io/hostname: app-${i}.bench.example\nspec:\n  type: LoadBalancer\n  loadBalancerIP: 10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}\n`,
      );
    }
    writeFileSync(path.join(dir, 'manifests', `apps-${file}.yaml`), docs.join('---\n'));
  }
  // The zone: every other app already exists and is owned (half of those with an old address),
  // the rest of the 50,000 records are hand-written ones the plan must leave alone.
  const lines = [
    '$ORIGIN bench.example.',
    '$TTL 300',
    '@ IN SOA ns1.bench.example. hostmaster.bench.example. ( 1 7200 3600 1209600 300 )',
    '  IN NS ns1.bench.example.',
  ];
  let count = 2;
  for (let i = 0; i < DOCUMENTS && count < ZONE_RECORDS; i += 2) {
    const ip = i % 4 === 0 ? `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` : '192.0.2.1';
    lines.push(`app-${i} 300 IN A ${ip}`);
    lines.push(
      `a-app-${i} 300 IN TXT "heritage=external-dns,external-dns/owner=bench,external-dns/resource=service/ns-${i % 50}/app-${i}"`,
    );
    count += 2;
  }
  for (let i = 0; count < ZONE_RECORDS; i++, count++)
    lines.push(`static-${i} 3600 IN A 198.51.100.${i % 250}`);
  writeFileSync(path.join(dir, 'zones', 'bench.example.zone'), lines.join('\n') + '\n');
}

async function phase(name: string, dir: string): Promise<void> {
  const config = parseConfig(configText, 'gitops-dns.yaml');
  const reader = createFsManifestReader(dir);
  const started = performance.now();
  let summary: string;
  if (name === 'extract') {
    const x = await extract(config, reader);
    summary = `${x.documents} documents, ${x.records.length} records`;
  } else {
    const provider = await createProvider(config.provider, { env: {}, baseDir: dir, log: () => {} });
    const { plan } = await runPlan(config, { reader, provider, log: () => {} }, { force: true });
    const changes = plan.zones.reduce((n, z) => n + z.changes.length, 0);
    summary = `${changes} changes`;
  }
  const ms = performance.now() - started;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ name, ms: Math.round(ms), peakMb: Math.round(peakMb), summary }));
}

const [, script, which, dirArg] = process.argv;
if (which && dirArg) {
  await phase(which, dirArg);
} else {
  const dir = mkdtempSync(path.join(tmpdir(), 'gitops-dns-bench-'));
  try {
    makeRepository(dir);
    const results: Record<string, { ms: number; peakMb: number; summary: string }> = {};
    for (const name of ['extract', 'plan']) {
      const run = spawnSync(process.execPath, [script!, name, dir], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`${name} phase failed: ${run.stderr}`);
      results[name] = JSON.parse(run.stdout.trim().split('\n').pop()!) as {
        ms: number;
        peakMb: number;
        summary: string;
      };
    }
    const x = results.extract!;
    const p = results.plan!;
    console.log(`plan: ${DOCUMENTS} documents against a zone of ${ZONE_RECORDS} records`);
    console.log(`  extraction floor: ${x.ms} ms, peak ${x.peakMb} MB (${x.summary})`);
    console.log(`  plan:             ${p.ms} ms, peak ${p.peakMb} MB (${p.summary})`);
    console.log(
      `  plan / floor:     ${(p.ms / x.ms).toFixed(2)}x (target < 2x); peak ${p.peakMb} MB (target < 400 MB)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
