import { describe, expect, it } from 'vitest';
import { extractYaml, recordLines } from '../../test/fixtures/extraction/extract-yaml.js';

const gateway = (hosts: string, annotations = '{}') => `apiVersion: networking.istio.io/v1
kind: Gateway
metadata: {name: public, namespace: istio-system, annotations: ${annotations}}
spec:
  selector: {istio: ingressgateway}
  servers:
    - port: {number: 443, name: https, protocol: HTTPS}
      hosts: ${hosts}
`;
const ingressService = `apiVersion: v1
kind: Service
metadata: {name: istio-ingressgateway, namespace: istio-ingress}
spec:
  type: LoadBalancer
  selector: {app: istio-ingressgateway, istio: ingressgateway}
status: {loadBalancer: {ingress: [{ip: 198.51.100.1}]}}
`;
const virtualService = (
  hosts: string,
  gateways: string,
  namespace = 'apps',
  annotations = '{}',
  extra = '',
) => `apiVersion: networking.istio.io/v1
kind: VirtualService
metadata: {name: vs, namespace: ${namespace}, annotations: ${annotations}}
spec:
  hosts: ${hosts}
  gateways: ${gateways}
${extra}`;
const docs = (...parts: string[]) => parts.join('---\n');

describe('istioGatewaySource', () => {
  it.each([
    [
      'Service selected across namespaces',
      docs(
        gateway('["app.example.com", "ns1/api.example.com", "./self.example.com", "*/any.example.com"]'),
        ingressService,
      ),
      {},
      [
        'any.example.com A 198.51.100.1',
        'api.example.com A 198.51.100.1',
        'app.example.com A 198.51.100.1',
        'self.example.com A 198.51.100.1',
      ],
    ],
    [
      'bare * skipped, wildcard kept',
      docs(gateway('["*", "*.example.com"]'), ingressService),
      {},
      ['*.example.com A 198.51.100.1'],
    ],
    [
      'target annotation first',
      docs(
        gateway('[a.example.com]', '{"external-dns.kubernetes.io/target": lb.example.net}'),
        ingressService,
      ),
      {},
      ['a.example.com CNAME lb.example.net'],
    ],
    [
      // external-dns adds the hostname annotation to an Istio Gateway's server hosts.
      'hostname annotation added',
      docs(
        gateway(
          '[a.example.com]',
          '{"external-dns.kubernetes.io/hostname": "extra.example.com, x.example.com"}',
        ),
        ingressService,
      ),
      {},
      ['a.example.com A 198.51.100.1', 'extra.example.com A 198.51.100.1', 'x.example.com A 198.51.100.1'],
    ],
    [
      'config by selector',
      gateway('[a.example.com]'),
      { targets: { 'istio-gateways': { 'istio=ingressgateway': 'gw.example.net' } } },
      ['a.example.com CNAME gw.example.net'],
    ],
    [
      'config by namespace/name',
      gateway('[a.example.com]'),
      {
        targets: {
          'istio-gateways': { 'istio-system/public': '192.0.2.1', 'istio=ingressgateway': 'gw.example.net' },
        },
      },
      ['a.example.com A 192.0.2.1'],
    ],
    [
      'config default',
      gateway('[a.example.com]'),
      { targets: { default: 'lb.example.net' } },
      ['a.example.com CNAME lb.example.net'],
    ],
  ])('%s', async (_case, yaml, config, expected) => {
    expect(recordLines(await extractYaml(yaml, config))).toEqual(expected);
  });
});

describe('istioVirtualServiceSource', () => {
  const config = { targets: { 'istio-gateways': { 'istio=ingressgateway': '192.0.2.10' } } };
  it.each([
    [
      'bound by namespace/name, host matched by wildcard',
      docs(
        gateway('["*.example.com"]'),
        virtualService('[shop.example.com, reviews]', '[istio-system/public]'),
      ),
      ['*.example.com A 192.0.2.10', 'shop.example.com A 192.0.2.10'],
    ],
    [
      'mesh only is not published',
      docs(gateway('["*"]'), virtualService('[shop.example.com]', '[mesh]')),
      [],
    ],
    [
      'host not served by the gateway',
      docs(gateway('[a.example.com]'), virtualService('[b.example.com]', '[istio-system/public]')),
      ['a.example.com A 192.0.2.10'],
    ],
    [
      'bare gateway name means the VirtualService namespace',
      docs(gateway('["*"]'), virtualService('[b.example.com]', '[public]', 'istio-system')),
      ['b.example.com A 192.0.2.10'],
    ],
    [
      'bare gateway name in another namespace is not found',
      docs(gateway('["*"]'), virtualService('[b.example.com]', '[public]')),
      [],
    ],
    [
      'gateway host namespace prefix admits',
      docs(gateway('["apps/*"]'), virtualService('[b.example.com]', '[istio-system/public]')),
      ['b.example.com A 192.0.2.10'],
    ],
    [
      'gateway host namespace prefix refuses',
      docs(gateway('["other/*"]'), virtualService('[b.example.com]', '[istio-system/public]')),
      [],
    ],
    [
      // external-dns publishes the hostname annotation of a VirtualService bound to a Gateway
      // that serves it, like its spec.hosts.
      'hostname annotation served by the gateway',
      docs(
        gateway('["*.example.com"]'),
        virtualService(
          '[]',
          '[istio-system/public]',
          'apps',
          '{"external-dns.kubernetes.io/hostname": "c.example.com,d.other.net"}',
        ),
      ),
      ['*.example.com A 192.0.2.10', 'c.example.com A 192.0.2.10'],
    ],
    [
      // Istio: a VirtualService exported only to its own namespace is invisible to a Gateway
      // elsewhere; external-dns checks exportTo the same way.
      'exportTo "." hides it from a gateway in another namespace',
      docs(
        gateway('["*"]'),
        virtualService('[b.example.com]', '[istio-system/public]', 'apps', '{}', '  exportTo: ["."]'),
      ),
      [],
    ],
    [
      'exportTo naming the gateway namespace',
      docs(
        gateway('["*"]'),
        virtualService(
          '[b.example.com]',
          '[istio-system/public]',
          'apps',
          '{}',
          '  exportTo: [istio-system]',
        ),
      ),
      ['b.example.com A 192.0.2.10'],
    ],
    [
      'exportTo "*"',
      docs(
        gateway('["*"]'),
        virtualService('[b.example.com]', '[istio-system/public]', 'apps', '{}', '  exportTo: ["*"]'),
      ),
      ['b.example.com A 192.0.2.10'],
    ],
    [
      // Both sides are compared in their ASCII (punycode) form.
      'IDNA host matched by an IDNA gateway wildcard',
      docs(
        gateway('["*.bücher.example.com"]'),
        virtualService('[shop.BÜCHER.example.com]', '[istio-system/public]'),
      ),
      ['*.xn--bcher-kva.example.com A 192.0.2.10', 'shop.xn--bcher-kva.example.com A 192.0.2.10'],
    ],
    [
      './ prefix is the gateway namespace',
      docs(gateway('["./*"]'), virtualService('[b.example.com]', '[istio-system/public]')),
      [],
    ],
  ])('%s', async (_case, yaml, expected) => {
    expect(recordLines(await extractYaml(yaml, config))).toEqual(expected);
  });

  it('a gateway outside the repository is found in the config by namespace/name, else the name is unknown', async () => {
    const vs = virtualService('[b.example.com]', '[istio-system/external]');
    expect(
      recordLines(
        await extractYaml(vs, {
          targets: { 'istio-gateways': { 'istio-system/external': 'lb.example.net' } },
        }),
      ),
    ).toEqual(['b.example.com CNAME lb.example.net']);
    expect((await extractYaml(vs)).unknown.map((entry) => entry.name)).toEqual(['b.example.com']);
  });

  it('its own target annotation wins', async () => {
    const vs = virtualService(
      '[b.example.com]',
      '[istio-system/public]',
      'apps',
      '{"external-dns.alpha.kubernetes.io/target": "203.0.113.5"}',
    );
    expect(recordLines(await extractYaml(docs(gateway('["*"]'), vs), config))).toEqual([
      'b.example.com A 203.0.113.5',
    ]);
  });
});
