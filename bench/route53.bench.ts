// Route 53: requests made to apply N creates, each with its ownership TXT, to one zone (issue 5),
// beside the minimum AWS's limits allow (zone look-up + listing pages + the fewest
// ChangeResourceRecordSets requests that hold 1,000 records and 32,000 value characters each) and
// beside one request per change (what octoDNS and DNSControl make). Runs against the stand-in
// REST-XML server on 127.0.0.1, which enforces those limits, through the real SDK client.
import type { Change } from '@aws-sdk/client-route-53';
import { minimumBatchCount } from '../src/providers/route53/change-batches.js';
import { createRoute53Client } from '../src/providers/route53/route53-client.js';
import { Route53Provider } from '../src/providers/route53/route53-provider.js';
import { toRoute53RecordSets } from '../src/providers/route53/route53-record-sets.js';
import type { RrsetChange } from '../src/records/record.js';
import { startRoute53Server } from '../test/support/route53-server.js';

const PAGE_SIZE = 300; // AWS's largest ListResourceRecordSets page
const SIZES = [10, 1_000, 10_000];

const server = await startRoute53Server();
const rows: string[][] = [['N', 'requests', 'of which', 'minimum', 'one per change', 'time']];
try {
  for (const n of SIZES) {
    const zone = `bench-${n}.example`;
    const zoneId = server.createHostedZone(zone);
    const client = createRoute53Client({
      region: 'us-east-1',
      endpoint: server.endpoint,
      credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' },
    });
    const provider = new Route53Provider({
      client,
      privateZones: false,
      aliasDefault: true,
      evaluateTargetHealth: true,
      waitForInsync: false,
      log: () => {},
    });
    const changes: RrsetChange[] = [];
    for (let i = 0; i < n; i++) {
      const name = `host-${i}.${zone}`;
      const ip = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
      const owner = `heritage=external-dns,external-dns/owner=bench,external-dns/resource=service/default/host-${i}`;
      changes.push({ kind: 'create', after: { name, type: 'A', ttlSeconds: 300, values: [ip] } });
      changes.push({
        kind: 'create',
        after: { name: `a-${name}`, type: 'TXT', ttlSeconds: 300, values: [owner] },
      });
    }
    const start = server.requests.length;
    const t0 = performance.now();
    const current = await provider.listRecords(zone); // what a plan reads
    await provider.applyChanges(zone, changes);
    const ms = performance.now() - t0;
    const made = server.requests.slice(start);
    const count = (operation: string) => made.filter((r) => r.operation === operation).length;
    const settings = { zone, zoneId, aliasDefault: true, evaluateTargetHealth: true };
    const wire: Change[] = changes.flatMap((c) =>
      c.kind === 'create'
        ? toRoute53RecordSets(c.after, settings).map((set) => ({ Action: 'CREATE', ResourceRecordSet: set }))
        : [],
    );
    const listingPages = Math.max(1, Math.ceil(current.length / PAGE_SIZE));
    const minimum = 1 + listingPages + minimumBatchCount(wire);
    const perChange = 1 + listingPages + changes.length;
    if (server.malformed.length > 0) throw new Error(server.malformed.join('\n'));
    const refused = made.filter((r) => r.status !== 200);
    if (refused.length > 0) throw new Error(`refused: ${JSON.stringify(refused.slice(0, 3))}`);
    const listed = await provider.listRecords(zone);
    if (listed.length !== current.length + 2 * n)
      throw new Error(`expected ${2 * n} new rrsets, listed ${listed.length}`);
    rows.push([
      n.toLocaleString('en-US'),
      String(made.length),
      `${count('ListHostedZonesByName')} zone look-up, ${count('ListResourceRecordSets')} listing page(s), ` +
        `${count('ChangeResourceRecordSets')} change batch(es)`,
      String(minimum),
      perChange.toLocaleString('en-US'),
      `${(ms / 1000).toFixed(2)} s`,
    ]);
  }
} finally {
  await server.stop();
}

const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => row[col]!.length)));
for (const row of rows) console.log(row.map((cell, col) => cell.padEnd(widths[col]!)).join('  '));
console.log(
  '\nN creates, each with its ownership TXT: 2N rrset changes. Minimum = 1 zone look-up + listing pages',
);
console.log('+ max(ceil(records / 1,000), ceil(value characters / 32,000)) change batches.');
