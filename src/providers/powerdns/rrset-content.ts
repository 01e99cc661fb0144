import { decodeTxtContent, encodeTxtContent } from './txt-content.js';

/**
 * Record values between our form and PowerDNS's API content. PowerDNS wants canonical names (with
 * a trailing dot) inside CNAME/NS/PTR/MX/SRV content and quoted TXT; our values carry names
 * without the dot and TXT as the plain text.
 */

/** Types whose whole content is one domain name. */
const nameTypes = new Set(['CNAME', 'NS', 'PTR', 'DNAME']);

/** Types whose last field is a domain name: MX `pref name`, SRV `prio weight port name`. */
const trailingNameTypes = new Set(['MX', 'SRV']);

/** A name in canonical form; the root stays `.`. */
export function absoluteName(name: string): string {
  if (name === '' || name === '.') return '.';
  return name.endsWith('.') ? name : `${name}.`;
}

/** A name as we store it: lower-case, no trailing dot (the root stays `.`). */
export function relativeName(name: string): string {
  if (name === '.' || name === '') return '.';
  return (name.endsWith('.') ? name.slice(0, -1) : name).toLowerCase();
}

function mapLastField(value: string, map: (name: string) => string): string {
  const fields = value.trim().split(/\s+/);
  const last = fields.pop();
  if (last === undefined) return value;
  return [...fields, map(last)].join(' ');
}

/** Our value -> the `content` of a PowerDNS record. */
export function toApiContent(type: string, value: string): string {
  if (type === 'TXT') return encodeTxtContent(value);
  if (nameTypes.has(type)) return absoluteName(value.trim());
  if (trailingNameTypes.has(type)) return mapLastField(value, absoluteName);
  return value;
}

/** The `content` of a PowerDNS record -> our value. Other types (SOA, DS, ...) stay as PowerDNS shows them. */
export function fromApiContent(type: string, content: string): string {
  if (type === 'TXT') return decodeTxtContent(content);
  if (nameTypes.has(type)) return relativeName(content.trim());
  if (trailingNameTypes.has(type)) return mapLastField(content, relativeName);
  return content;
}
