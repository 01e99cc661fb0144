/**
 * Names of TXT ownership records, as external-dns v0.18+ writes and reads them
 * (registry/txt.go, `affixNameMapper`). Facts taken from external-dns:
 *
 * - typed name: `<prefix><type>-<first label><suffix>.<rest>`, type lower-case;
 * - when the prefix or suffix contains `%{record_type}`, the type goes there instead and no
 *   `<type>-` is added to the first label;
 * - prefix, suffix and wildcard replacement are lower-cased; a first label `*` is replaced by the
 *   wildcard replacement when one is configured;
 * - AWS alias A records are registered under the `cname` type;
 * - the legacy (pre-v0.12) untyped name is `<prefix><first label><suffix>.<rest>` with
 *   `%{record_type}` removed from the affixes; v0.18 still reads it for every type but AAAA.
 */

/** The three external-dns settings that shape ownership names. */
import { isInZone } from '../records/dns-name.js';

export { isInZone };
export interface OwnershipSettings {
  /** `--txt-prefix`, may contain `%{record_type}`. */
  prefix: string;
  /** `--txt-suffix`, may contain `%{record_type}`. */
  suffix: string;
  /** `--txt-wildcard-replacement`: stands for a leading `*` label. */
  wildcardReplacement: string;
}

const recordTemplate = '%{record_type}';

/** The record type external-dns registers a record under (alias A records count as CNAME). */
export function ownershipRecordType(record: {
  type: string;
  providerSpecific?: Record<string, string>;
}): string {
  if (record.type === 'A' && record.providerSpecific?.alias === 'true') return 'CNAME';
  return record.type;
}

function splitFirstLabel(name: string, wildcardReplacement: string): [string, string | undefined] {
  const dot = name.indexOf('.');
  let first = dot < 0 ? name : name.slice(0, dot);
  const rest = dot < 0 ? undefined : name.slice(dot + 1);
  if (wildcardReplacement !== '' && first === '*') first = wildcardReplacement.toLowerCase();
  return [first, rest];
}

function join(prefix: string, first: string, suffix: string, rest: string | undefined): string {
  const head = prefix + first + suffix;
  return rest === undefined ? head : `${head}.${rest}`;
}

/** Whether `%{record_type}` appears in the prefix or the suffix. */
export function typeInAffix(settings: OwnershipSettings): boolean {
  return settings.prefix.includes(recordTemplate) || settings.suffix.includes(recordTemplate);
}

/** The typed ownership record name for a record (external-dns `toTXTName`, v0.18+). */
export function ownershipName(recordName: string, recordType: string, settings: OwnershipSettings): string {
  const type = recordType.toLowerCase();
  const prefix = settings.prefix.toLowerCase().replaceAll(recordTemplate, type);
  const suffix = settings.suffix.toLowerCase().replaceAll(recordTemplate, type);
  const [first, rest] = splitFirstLabel(recordName, settings.wildcardReplacement);
  const label = typeInAffix(settings) ? first : `${type}-${first}`;
  return join(prefix, label, suffix, rest);
}

/** The legacy untyped ownership record name (read only, as a fallback; never written). */
export function legacyOwnershipName(recordName: string, settings: OwnershipSettings): string {
  const prefix = settings.prefix.toLowerCase().replaceAll(recordTemplate, '');
  const suffix = settings.suffix.toLowerCase().replaceAll(recordTemplate, '');
  const [first, rest] = splitFirstLabel(recordName, settings.wildcardReplacement);
  return join(prefix, first, suffix, rest);
}

/**
 * Why a record's ownership name cannot be written in its zone (SPEC 4, external-dns #4234), or
 * undefined when it can. Only an apex record can fail: its first label is the zone's own.
 */
export function ownershipNameProblem(
  recordName: string,
  recordType: string,
  zone: string,
  settings: OwnershipSettings,
): string | undefined {
  const txtName = ownershipName(recordName, recordType, settings);
  if (isInZone(txtName, zone)) return undefined;
  return (
    `its ownership record ${txtName} would lie outside the zone ${zone}; ` +
    `set a txt-prefix that contains %{record_type} and ends in "." (e.g. txt-prefix: "_owner-%{record_type}.") to manage apex records`
  );
}

/** The record types external-dns's name mapper recognises when it reads an ownership name. */
const mapperTypes = ['A', 'AAAA', 'CNAME', 'NS', 'MX', 'PTR', 'SRV', 'NAPTR', 'TXT', 'DNAME'];

/** The (record name, type) external-dns reads from a name whose affix has been found. */
function readType(rest: string): { name: string; type: string } {
  const head = rest.split('-')[0] ?? '';
  const type = mapperTypes.find((t) => t.toLowerCase() === head);
  if (type === undefined) return { name: rest, type: '' };
  return { name: rest.startsWith(`${head}-`) ? rest.slice(head.length + 1) : rest, type };
}

function dropAffix(name: string, prefix: string, suffix: string): { name: string; type: string } | undefined {
  const prefixMode = suffix === '';
  if (prefix.includes(recordTemplate) || suffix.includes(recordTemplate)) {
    for (const type of mapperTypes) {
      const lower = type.toLowerCase();
      const p = prefix.replaceAll(recordTemplate, lower);
      const s = suffix.replaceAll(recordTemplate, lower);
      if (prefixMode && name.startsWith(p)) return { name: name.slice(p.length), type };
      if (!prefixMode && name.endsWith(s)) return { name: name.slice(0, name.length - s.length), type };
    }
  }
  const p = prefix.replaceAll(recordTemplate, '');
  const s = suffix.replaceAll(recordTemplate, '');
  if (prefixMode && name.startsWith(p)) return readType(name.slice(p.length));
  if (!prefixMode && name.endsWith(s)) return readType(name.slice(0, name.length - s.length));
  return undefined;
}

/**
 * The record an ownership name stands for when external-dns reads it (its name mapper's
 * `ToEndpointName`); type '' for a legacy untyped name, undefined when it stands for none.
 * Needed because one TXT name stands for one record only: `a-b.example.com` is the typed
 * ownership of `b.example.com`, never the legacy one of `a-b.example.com`.
 */
export function ownedRecordOf(
  txtName: string,
  settings: OwnershipSettings,
): { name: string; type: string } | undefined {
  const lower = txtName.toLowerCase();
  const prefix = settings.prefix.toLowerCase();
  const suffix = settings.suffix.toLowerCase();
  if (suffix === '') return dropAffix(lower, prefix, suffix);
  const dots = suffix.split('.').length - 1;
  const labels = lower.split('.');
  if (labels.length <= dots) return undefined;
  const key = dropAffix(labels.slice(0, dots + 1).join('.'), prefix, suffix);
  if (!key || labels.length <= dots + 1) return key;
  return { name: `${key.name}.${labels.slice(dots + 1).join('.')}`, type: key.type };
}

/** The record name as external-dns keys ownership by it: a leading `*` replaced when configured. */
export function ownershipKeyName(recordName: string, settings: OwnershipSettings): string {
  const [first, rest] = splitFirstLabel(recordName, settings.wildcardReplacement);
  return rest === undefined ? first : `${first}.${rest}`;
}
