import { decodeRoute53Name, encodeRoute53Name } from './route53-name.js';
import { decodeTxtValue, encodeTxtValue } from './txt-value.js';

/**
 * One rrset value between our presentation form (names without trailing dot, TXT unquoted) and
 * Route 53's `Value` element (names with trailing dot, TXT quoted and chunked).
 */

/** Types whose value ends in a domain name (the last space-separated field). */
const NAME_TAIL_TYPES = new Set(['CNAME', 'NS', 'PTR', 'MX', 'SRV']);

export function decodeRecordValue(type: string, wire: string): string {
  if (type === 'TXT' || type === 'SPF') return decodeTxtValue(wire);
  if (NAME_TAIL_TYPES.has(type)) return mapLastField(wire.trim(), decodeRoute53Name);
  if (type === 'AAAA') return wire.trim().toLowerCase();
  return wire.trim();
}

export function encodeRecordValue(type: string, value: string): string {
  if (type === 'TXT' || type === 'SPF') return encodeTxtValue(value);
  if (NAME_TAIL_TYPES.has(type))
    return mapLastField(value, (name) => (name === '.' ? name : encodeRoute53Name(name)));
  return value;
}

function mapLastField(value: string, map: (field: string) => string): string {
  const fields = value.split(/\s+/);
  const last = fields.pop() ?? '';
  return [...fields, map(last)].join(' ');
}
