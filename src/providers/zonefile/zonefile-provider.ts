import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { GitopsDnsError } from '../../errors.js';
import { rrsetKey, type Rrset, type RrsetChange } from '../../records/record.js';
import type { Provider } from '../provider.js';
import { parseZoneFile, type ParsedZoneFile } from './zone-file-parser.js';
import { nextSerial } from './soa-serial.js';
import { validateChangeSet } from './validate-change-set.js';
import { writeZoneFile } from './zone-file-writer.js';

export interface ZonefileProviderOptions {
  /** Absolute folder holding one RFC 1035 master file per zone, named `<zone>.zone`. */
  directory: string;
  /** Clock for date-shaped SOA serials; the real clock when left out. */
  now?: () => Date;
}

/** Types this provider writes; others in a file are listed and kept, never written. */
const supportedTypes: ReadonlySet<string> = new Set([
  'A',
  'AAAA',
  'CAA',
  'CNAME',
  'DS',
  'MX',
  'NAPTR',
  'NS',
  'PTR',
  'SPF',
  'SRV',
  'SSHFP',
  'TLSA',
  'TXT',
]);

/**
 * The embedded default provider: zone files in the repository. Reads with zone-file-parser, writes
 * with zone-file-writer (records it does not change keep their bytes), and replaces the file
 * atomically (temporary file + rename) only after the whole change set has been validated.
 */
export class ZonefileProvider implements Provider {
  readonly name = 'zonefile';
  readonly supportedTypes = supportedTypes;
  private readonly directory: string;
  private readonly now: () => Date;
  private writeCount = 0;

  constructor(options: ZonefileProviderOptions) {
    if (!path.isAbsolute(options.directory)) {
      throw new GitopsDnsError('internal', `zonefile directory must be absolute, got "${options.directory}"`);
    }
    this.directory = options.directory;
    this.now = options.now ?? (() => new Date());
  }

  /** How many times a zone file has been written (for tests: an empty change set writes nothing). */
  get writes(): number {
    return this.writeCount;
  }

  /** The file that holds `zone`. */
  zoneFilePath(zone: string): string {
    const name = normaliseZone(zone);
    if (!/^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/.test(name)) {
      throw new GitopsDnsError('provider', `zonefile: "${zone}" is not a zone name`);
    }
    return path.join(this.directory, `${name}.zone`);
  }

  async listRecords(zone: string): Promise<Rrset[]> {
    const { parsed } = await this.read(zone);
    return toRrsets(parsed);
  }

  async applyChanges(zone: string, changes: readonly RrsetChange[]): Promise<void> {
    if (changes.length === 0) return;
    const file = this.zoneFilePath(zone);
    const { text, parsed } = await this.read(zone);
    const problems = validateChangeSet(normaliseZone(zone), toRrsets(parsed), changes, supportedTypes);
    if (problems.length > 0) {
      throw new GitopsDnsError(
        'provider',
        `zonefile ${file}: nothing written, the change set is refused:\n  ${problems.join('\n  ')}`,
      );
    }
    const updated = writeZoneFile(text, parsed, changes, { bumpSerial: (s) => nextSerial(s, this.now()) });
    await this.replaceFile(file, updated);
  }

  private async read(zone: string): Promise<{ text: string; parsed: ParsedZoneFile }> {
    const file = this.zoneFilePath(zone);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      const missing = (e as NodeJS.ErrnoException).code === 'ENOENT';
      throw new GitopsDnsError(
        'provider',
        missing
          ? `zonefile: no zone file for ${normaliseZone(zone)}: expected ${file} (create it with at least an SOA record)`
          : `zonefile: cannot read ${file}: ${(e as Error).message}`,
        { cause: e },
      );
    }
    return { text, parsed: parseZoneFile(text, { file, origin: normaliseZone(zone) }) };
  }

  private async replaceFile(file: string, text: string): Promise<void> {
    const temp = path.join(
      path.dirname(file),
      `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`,
    );
    this.writeCount++;
    try {
      await writeFile(temp, text, 'utf8');
      await rename(temp, file);
    } catch (e) {
      await rm(temp, { force: true });
      throw new GitopsDnsError('provider', `zonefile: cannot write ${file}: ${(e as Error).message}`, {
        cause: e,
      });
    }
  }
}

function normaliseZone(zone: string): string {
  return zone.toLowerCase().replace(/\.$/, '');
}

/** Groups a file's records into rrsets: values sorted and de-duplicated, the first record's TTL. */
export function toRrsets(parsed: ParsedZoneFile): Rrset[] {
  const byKey = new Map<string, Rrset>();
  for (const record of parsed.records) {
    const key = rrsetKey(record);
    const rrset = byKey.get(key);
    if (!rrset)
      byKey.set(key, {
        name: record.name,
        type: record.type,
        ttlSeconds: record.ttlSeconds,
        values: [record.value],
      });
    else if (!rrset.values.includes(record.value)) rrset.values.push(record.value);
  }
  const rrsets = [...byKey.values()];
  for (const r of rrsets) r.values.sort();
  return rrsets.sort((a, b) => (rrsetKey(a) < rrsetKey(b) ? -1 : rrsetKey(a) > rrsetKey(b) ? 1 : 0));
}
