import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { ZonefileProvider } from '../../src/providers/zonefile/index.js';
import type { Rrset } from '../../src/records/record.js';

const examples = path.resolve(import.meta.dirname, '../../examples');

/** A temporary copy of the bundled example repository, its config pointed at `provider`. */
export function copyExample(provider: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'gitops-dns-example-'));
  cpSync(examples, dir, { recursive: true });
  const file = path.join(dir, 'gitops-dns.yaml');
  const config = parseDocument(readFileSync(file, 'utf8'));
  config.set('provider', provider);
  writeFileSync(file, config.toString());
  return dir;
}

/** The example zone's rrsets as a hosted provider would hold them: without SOA and apex NS. */
export async function exampleZoneRrsets(dir: string, zone = 'example.com'): Promise<Rrset[]> {
  const rrsets = await new ZonefileProvider({ directory: path.join(dir, 'zones') }).listRecords(zone);
  return rrsets.filter((r) => r.type !== 'SOA' && !(r.type === 'NS' && r.name === zone));
}
