import { describe, expect, it } from 'vitest';
import type { SourceRef } from '../records/record.js';
import { ownershipValue, parseOwnershipValue, resourceLabel } from './ownership-value.js';

const ref = (kind: string, name: string, namespace?: string): SourceRef => ({
  file: 'm.yaml',
  line: 1,
  kind,
  name,
  ...(namespace === undefined ? {} : { namespace }),
});

describe('ownershipValue', () => {
  it.each([
    [
      'gitops-dns',
      'service/default/nginx',
      'heritage=external-dns,external-dns/owner=gitops-dns,external-dns/resource=service/default/nginx',
    ],
    ['default', undefined, 'heritage=external-dns,external-dns/owner=default'],
  ])('owner %s, resource %s', (owner, resource, expected) => {
    expect(ownershipValue(owner, resource)).toBe(expected);
  });
});

describe('parseOwnershipValue', () => {
  it.each([
    [
      'heritage=external-dns,external-dns/owner=a,external-dns/resource=ingress/ns/web',
      { owner: 'a', resource: 'ingress/ns/web' },
    ],
    ['"heritage=external-dns,external-dns/owner=a"', { owner: 'a' }],
    ['external-dns/owner=a,heritage=external-dns', { owner: 'a' }],
    ['heritage=external-dns', { owner: '' }],
    ['heritage=external-dns,external-dns/owner=a=b', { owner: '' }],
  ])('%s', (text, expected) => {
    expect(parseOwnershipValue(text)).toMatchObject(expected);
  });

  it.each([['v=spf1 -all'], ['heritage=other,external-dns/owner=a'], ['external-dns/owner=a'], ['']])(
    '%j is not an ownership value',
    (text) => {
      expect(parseOwnershipValue(text)).toBeUndefined();
    },
  );

  it('round-trips what it writes', () => {
    expect(parseOwnershipValue(ownershipValue('me', 'crd/dns/ep'))).toEqual({
      owner: 'me',
      resource: 'crd/dns/ep',
      labels: { owner: 'me', resource: 'crd/dns/ep' },
    });
  });
});

describe('resourceLabel (external-dns sources)', () => {
  it.each([
    [[ref('Service', 'nginx', 'default')], 'service/default/nginx'],
    [[ref('Ingress', 'web', 'shop')], 'ingress/shop/web'],
    [[ref('DNSEndpoint', 'records', 'dns')], 'crd/dns/records'],
    [[ref('Gateway', 'public', 'istio-system')], 'gateway/istio-system/public'],
    [[ref('VirtualService', 'reviews', 'bookinfo')], 'virtualservice/bookinfo/reviews'],
    [[ref('HTTPRoute', 'api', 'apps')], 'httproute/apps/api'],
    [[ref('GRPCRoute', 'rpc', 'apps')], 'grpcroute/apps/rpc'],
    [[ref('Service', 'nginx')], 'service/default/nginx'],
    [[ref('Ingress', 'first', 'a'), ref('Service', 'second', 'b')], 'ingress/a/first'],
    [[], undefined],
  ])('%j -> %s', (sources, expected) => {
    expect(resourceLabel(sources)).toBe(expected);
  });
});
