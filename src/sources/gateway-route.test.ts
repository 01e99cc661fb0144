import { describe, expect, it } from 'vitest';
import { extractYaml, recordLines } from '../../test/fixtures/extraction/extract-yaml.js';

const gateway = (listeners: string, extra = '') => `apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: public, namespace: infra}
spec:
  gatewayClassName: envoy
  listeners: ${listeners}
${extra}`;
const route = (
  kind: string,
  hostnames: string,
  parentRef: string,
  annotations = '{}',
) => `apiVersion: gateway.networking.k8s.io/v1
kind: ${kind}
metadata: {name: r, namespace: apps, annotations: ${annotations}}
spec:
  parentRefs: [${parentRef}]
  hostnames: ${hostnames}
`;
const ref = '{name: public, namespace: infra}';
const all = 'allowedRoutes: {namespaces: {from: All}}';
const addresses = '  addresses: [{type: IPAddress, value: 198.51.100.7}]';
const docs = (...parts: string[]) => parts.join('\n---\n');

describe('gatewayRouteSource', () => {
  it.each([
    [
      'listener without hostname keeps route names',
      gateway(`[{name: https, protocol: HTTPS, port: 443, ${all}}]`, addresses),
      route('HTTPRoute', '[a.example.com]', ref),
      ['a.example.com A 198.51.100.7'],
    ],
    [
      'route inside listener wildcard',
      gateway(`[{name: https, protocol: HTTPS, port: 443, hostname: "*.example.com", ${all}}]`, addresses),
      route('HTTPRoute', '[a.example.com, other.net]', ref),
      ['a.example.com A 198.51.100.7'],
    ],
    [
      'route wildcard narrowed by listener',
      gateway(`[{name: https, protocol: HTTPS, port: 443, hostname: "a.example.com", ${all}}]`, addresses),
      route('HTTPRoute', '["*.example.com"]', ref),
      ['a.example.com A 198.51.100.7'],
    ],
    [
      'route without hostnames takes the listener',
      gateway(`[{name: https, protocol: HTTPS, port: 443, hostname: "*.example.com", ${all}}]`, addresses),
      route('HTTPRoute', '[]', ref),
      ['*.example.com A 198.51.100.7'],
    ],
    [
      'sectionName picks the listener',
      gateway(
        `[{name: a, protocol: HTTPS, port: 443, hostname: a.example.com, ${all}}, {name: b, protocol: HTTPS, port: 443, hostname: b.example.com, ${all}}]`,
        addresses,
      ),
      route('HTTPRoute', '[]', '{name: public, namespace: infra, sectionName: b}'),
      ['b.example.com A 198.51.100.7'],
    ],
    [
      'listener in Same namespace refuses the route',
      gateway('[{name: https, protocol: HTTPS, port: 443}]', addresses),
      route('HTTPRoute', '[a.example.com]', ref),
      [],
    ],
    [
      'TLS listener admits TLSRoute only',
      gateway(`[{name: tls, protocol: TLS, port: 443, ${all}}]`, addresses),
      route('TLSRoute', '[t.example.com]', ref) +
        '---\n' +
        route('GRPCRoute', '[g.example.com]', ref).replace('name: r,', 'name: g,'),
      ['t.example.com A 198.51.100.7'],
    ],
    [
      'GRPCRoute on HTTPS',
      gateway(`[{name: https, protocol: HTTPS, port: 443, ${all}}]`, addresses),
      route('GRPCRoute', '[g.example.com]', ref),
      ['g.example.com A 198.51.100.7'],
    ],
    [
      'gateway target annotation beats addresses',
      gateway(`[{name: https, protocol: HTTPS, port: 443, ${all}}]`, addresses).replace(
        'namespace: infra}',
        'namespace: infra, annotations: {"external-dns.alpha.kubernetes.io/target": lb.example.net}}',
      ),
      route('HTTPRoute', '[a.example.com]', ref),
      ['a.example.com CNAME lb.example.net'],
    ],
    [
      'status addresses',
      gateway(
        `[{name: https, protocol: HTTPS, port: 443, ${all}}]`,
        'status: {addresses: [{value: "2001:db8::7"}]}',
      ),
      route('HTTPRoute', '[a.example.com]', ref),
      ['a.example.com AAAA 2001:db8::7'],
    ],
    [
      // external-dns adds the listener's hostname ("" route host) whenever spec.hostnames is
      // empty, and the hostname annotation on top; the annotation does not replace it.
      'route with only the hostname annotation also takes the listener',
      gateway(`[{name: https, protocol: HTTPS, port: 443, hostname: "*.example.com", ${all}}]`, addresses),
      route('HTTPRoute', '[]', ref, '{"external-dns.kubernetes.io/hostname": "a.example.com, b.other.net"}'),
      ['*.example.com A 198.51.100.7', 'a.example.com A 198.51.100.7'],
    ],
    [
      // Kustomize/Flux set the namespace at deploy time: the Gateway found through its
      // parentRef namespace is in that namespace, so `Same` admits a route from there.
      'Same namespace with a gateway that writes no namespace',
      gateway('[{name: https, protocol: HTTPS, port: 443}]', addresses).replace(', namespace: infra}', '}'),
      route('HTTPRoute', '[a.example.com]', '{name: public}'),
      ['a.example.com A 198.51.100.7'],
    ],
    [
      'route target annotation wins',
      gateway(`[{name: https, protocol: HTTPS, port: 443, ${all}}]`, addresses),
      route('HTTPRoute', '[a.example.com]', ref, '{"external-dns.kubernetes.io/target": 203.0.113.1}'),
      ['a.example.com A 203.0.113.1'],
    ],
  ])('%s', async (_case, gw, rt, expected) => {
    expect(recordLines(await extractYaml(docs(gw, rt)))).toEqual(expected);
  });

  it('a gateway outside the repository is found in the config by namespace/name', async () => {
    const x = await extractYaml(route('HTTPRoute', '[a.example.com]', ref), {
      targets: { gateways: { 'infra/public': '198.51.100.9' } },
    });
    expect(recordLines(x)).toEqual(['a.example.com A 198.51.100.9']);
  });

  it('an invalid hostname and an invalid gateway address give warnings with lines and keys', async () => {
    const gw = gateway(
      `[{name: https, protocol: HTTPS, port: 443, ${all}}]`,
      '  addresses: [{value: "1.a.3.4"}, {value: 198.51.100.7}]',
    );
    const x = await extractYaml(docs(gw, route('HTTPRoute', '["http://a<", ok.example.com]', ref)));
    expect(recordLines(x)).toEqual(['ok.example.com A 198.51.100.7']);
    expect(x.diagnostics.map((d) => [d.code, d.line, d.key])).toEqual([
      ['invalid-target', 7, 'spec.addresses[0].value'],
      ['invalid-hostname', 14, 'spec.hostnames[0]'],
    ]);
  });
});
