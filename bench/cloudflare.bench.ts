// Cloudflare: requests made to apply N creates to one zone (issue 5), beside the minimum the API
// allows (zone look-up + listing pages + ceil(N / 200) batch requests) and beside one request per
// change (what octoDNS and DNSControl make). Runs against the stand-in API server on 127.0.0.1, which
// validates every body against the SDK's own types, as the tests do.
import { CloudflareProvider } from '../src/providers/cloudflare/cloudflare-provider.js';
import type { RrsetChange } from '../src/records/record.js';
import { startCloudflareServer } from '../test/support/cloudflare-server.js';

const BATCH_SIZE = 200; // Cloudflare's free-plan limit of operations per batch request
const PAGE_SIZE = 5000;
const SIZES = [10, 1_000, 10_000];

const server = await startCloudflareServer({ maxBatchOperations: BATCH_SIZE });
const rows: string[][] = [['N', 'requests', 'of which', 'minimum', 'one per change', 'time']];
try {
  for (const n of SIZES) {
    const zone = `bench-${n}.example`;
    server.addZone(zone);
    const provider = new CloudflareProvider({
      apiToken: server.token,
      baseURL: server.baseURL,
      proxiedDefault: false,
      batchSize: BATCH_SIZE,
      pageSize: PAGE_SIZE,
      log: () => {},
    });
    const changes: RrsetChange[] = Array.from({ length: n }, (_, i) => ({
      kind: 'create',
      after: {
        name: `host-${i}.${zone}`,
        type: 'A',
        ttlSeconds: 300,
        values: [`10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`],
      },
    }));
    const start = server.requests.length;
    const t0 = performance.now();
    const current = await provider.listRecords(zone); // what a plan reads
    await provider.applyChanges(zone, changes);
    const ms = performance.now() - t0;
    const made = server.requests.slice(start);
    const count = (pred: (r: { method: string; path: string }) => boolean) => made.filter(pred).length;
    const lookups = count((r) => r.path.endsWith('/zones'));
    const pages = count((r) => r.method === 'GET' && r.path.endsWith('/dns_records'));
    const batches = count((r) => r.path.endsWith('/dns_records/batch'));
    const listingPages = Math.max(1, Math.ceil(current.length / PAGE_SIZE));
    const minimum = 1 + listingPages + Math.ceil(n / BATCH_SIZE);
    const perChange = 1 + listingPages + n;
    if (server.schemaViolations.length > 0) throw new Error(server.schemaViolations.join('\n'));
    const listed = await provider.listRecords(zone);
    if (listed.length !== n) throw new Error(`expected ${n} rrsets after apply, listed ${listed.length}`);
    rows.push([
      n.toLocaleString('en-US'),
      String(made.length),
      `${lookups} zone look-up, ${pages} listing page(s), ${batches} batch(es)`,
      String(minimum),
      perChange.toLocaleString('en-US'),
      `${(ms / 1000).toFixed(2)} s`,
    ]);
  }
} finally {
  await server.stop();
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join('  '));
