import { isIPv4, isIPv6 } from 'node:net';

/** An IPv4 target gives A, IPv6 gives AAAA, anything else gives CNAME (SPEC 3.3). */
export function inferRecordType(target: string): 'A' | 'AAAA' | 'CNAME' {
  if (isIPv4(target)) return 'A';
  if (isIPv6(target)) return 'AAAA';
  return 'CNAME';
}

/** Record types whose values are (or end in) a domain name, stored without a trailing dot. */
export const nameValuedTypes: ReadonlySet<string> = new Set(['CNAME', 'NS', 'PTR', 'DNAME', 'MX', 'SRV']);
