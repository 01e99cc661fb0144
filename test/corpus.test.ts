/**
 * Every file of the shared corpus (real GitOps repositories, docs and test data) goes through
 * extraction: nothing crashes, counts per kind hold, unreadable documents are counted, and the
 * records of hand-checked documents are asserted exactly.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { configSchema } from '../src/config/schema.js';
import { createFsManifestReader } from '../src/manifests/fs-manifest-reader.js';
import { extract, type Extraction } from '../src/sources/extraction.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '../shared/corpus');

let x: Extraction;
beforeAll(async () => {
  const config = configSchema.parse({
    zones: ['example.com'],
    manifests: ['**/*.yaml', '**/*.yml', '**/*.j2', '**/*.tmp'],
    // Most Istio samples select the chart-installed ingress gateway, which is not in git.
    targets: { 'istio-gateways': { 'istio=ingressgateway': '192.0.2.1' } },
  });
  x = await extract(config, createFsManifestReader(corpus));
});

/** Records with a source in `file`, as `name TYPE target,target`. */
function recordsFrom(file: string): string[] {
  return x.records
    .filter((record) => record.sources.some((source) => source.file === file))
    .map((record) => `${record.name} ${record.type} ${record.targets.join(',')}`)
    .sort();
}

function diagnosticsOf(file: string, code: string): number[] {
  return x.diagnostics.filter((d) => d.file === file && d.code === code).map((d) => d.line ?? 0);
}

describe('the corpus', () => {
  it('is read whole: documents, kinds and unreadable documents counted', () => {
    expect(x.documents).toBe(861);
    expect(x.unreadableDocuments).toBe(29);
    const read = [
      'DNSEndpoint',
      'GRPCRoute',
      'Gateway',
      'HTTPRoute',
      'Ingress',
      'Service',
      'ServiceEntry',
      'TLSRoute',
      'VirtualService',
    ];
    expect(Object.fromEntries(read.map((kind) => [kind, x.countsByKind[kind]]))).toEqual({
      DNSEndpoint: 60,
      GRPCRoute: 4,
      Gateway: 122,
      HTTPRoute: 120,
      Ingress: 20,
      Service: 58,
      ServiceEntry: 69,
      TLSRoute: 8,
      VirtualService: 67,
    });
    expect(x.countsByKind.Deployment).toBe(31);
  });

  it('never loses a document silently: each unreadable one has an error diagnostic', () => {
    const skipped = x.diagnostics.filter((d) =>
      ['invalid-yaml', 'template-syntax', 'alias-expansion'].includes(d.code),
    );
    expect(skipped).toHaveLength(x.unreadableDocuments);
    expect(skipped.every((d) => d.severity === 'error' && d.file && d.line)).toBe(true);
  });

  it('is sorted and deterministic', () => {
    const keys = x.records.map((record) => `${record.name} ${record.type}`);
    expect(keys).toEqual([...keys].sort());
    expect(x.egress.map((host) => host.host)).toEqual([...x.egress.map((host) => host.host)].sort());
  });

  it.each([
    ['kubernetes-sigs__external-dns/docs/sources/crd.md.3.yaml', ['test-a.example.com CNAME example.com']],
    ['acelinkio__argocd-homelab/pineapp/traefik/manifest.yaml', ['pt2.bitey.life A 192.168.1.12']],
    [
      'kubernetes-sigs__external-dns/docs/snippets/tutorials/rfc2136/fixtures.yaml',
      ['api.example.local A 192.168.49.20', 'app.example.local A 192.168.49.10'],
    ],
    [
      'acelinkio__argocd-homelab/pineapp/test-zone/manifest.yaml',
      ['bitey.life CNAME ingress.bitey.life', 'httpbin.bitey.life CNAME intgw.bitey.life'],
    ],
    [
      'billimek__k8s-gitops/kubernetes/kube-system/envoy-gateway/external-proxmox.yaml',
      ['proxmox.eviljungle.com A 10.0.6.151'],
    ],
    ['acelinkio__argocd-homelab/pineapp/argocd/manifest.yaml', ['argocd.bitey.life CNAME intgw.bitey.life']],
    ['kubernetes-sigs__external-dns/docs/advanced/ptr-records.md.2.yaml', ['web.example.com A 192.168.49.2']],
    ['kubernetes-sigs__external-dns/docs/sources/gateway-api.md.1.yaml', ['api.example.com A 203.0.113.1']],
    [
      'billimek__k8s-gitops/kubernetes/flux-system/receiver/httproute.yaml',
      ['flux-webhook.eviljungle.com CNAME eviljungle.com'],
    ],
    [
      'kubernetes-sigs__external-dns/docs/snippets/tutorials/aws-localstack/dnsendpoint-alias.yml',
      ['alias.example.com CNAME my-lb.eu-west-1.elb.amazonaws.com'],
    ],
    [
      'kubernetes-sigs__external-dns/docs/snippets/tutorials/aws-localstack/dnsendpoint-cname.yml',
      ['www.example.com CNAME example.com'],
    ],
    [
      'kubernetes-sigs__external-dns/docs/sources/crd/dnsendpoint-example.yaml',
      ['foo.bar.com A 192.168.99.216'],
    ],
    [
      'billimek__k8s-gitops/kubernetes/kube-system/envoy-gateway/routes/wildcard-public.yaml',
      ['*.eviljungle.com CNAME eviljungle.com'],
    ],
    ['kubernetes-sigs__external-dns/docs/sources/istio.md.4.yaml', ['httpbin.example.com A 192.0.2.1']],
    [
      'istio__istio/pkg/config/analysis/analyzers/testdata/conflicting-gateways.yaml',
      ['foo.bar A 192.0.2.1'],
    ],
    [
      'bjw-s__home-ops/kubernetes/main/apps/network/cloudflared/app/dnsEndpoint.yaml',
      ['ingress-ext.bjw-s.dev CNAME 434202da-ea90-49ed-aa80-9569325dce52.cfargotunnel.com'],
    ],
    [
      'kubernetes-sigs__external-dns/docs/annotations/annotations.md.5.yaml',
      ['app.example.com CNAME ipv4-only-target.example.com'],
    ],
    [
      'kubernetes-sigs__external-dns/docs/tutorials/externalname.md.2.yaml',
      ['tenant1.example.org A 111.111.111.111', 'tenant2.example.org A 111.111.111.111'],
    ],
    ['kubernetes-sigs__external-dns/docs/tutorials/crd.md.1.yaml', ['smoke-t.example.com CNAME placeholder']],
    ['kubernetes-sigs__external-dns/docs/sources/istio.md.1.yaml', ['httpbin.example.com A 192.0.2.1']],
    // example.com A is also desired by a STATIC ServiceEntry in istio's benchmark data (1.1.1.1): claimed twice, below.
    ['kubernetes-sigs__external-dns/docs/sources/crd.md.2.yaml', []],
    [
      'istio__istio/pkg/config/analysis/analyzers/testdata/virtualservice_host_not_found_gateway_with_ns_prefix.yaml',
      ['testing-01.com A 192.0.2.1'],
    ],
    [
      'acelinkio__argocd-homelab/pineapp/gateway/manifest.yaml',
      [
        'extgw.bitey.life A 192.168.1.10',
        'intgw-envoygateway-otel.bitey.life A 192.168.1.13',
        'intgw.bitey.life A 192.168.1.11',
      ],
    ],
    [
      'onedr0p__home-ops/kubernetes/apps/flux-system/flux-instance/app/httproute.yaml',
      ['flux-webhook.turbo.ac CNAME external.turbo.ac'],
    ],
    [
      'kubernetes-sigs__external-dns/docs/annotations/annotations.md.3.yaml',
      ['cool-service.example.com CNAME k8s-alb-c4aa37c880-740590208.us-east-1.elb.amazonaws.com'],
    ],
    ['billimek__k8s-gitops/kubernetes/default/forgejo/httproute.yaml', ['git.eviljungle.com A 10.0.6.151']],
    [
      'billimek__k8s-gitops/kubernetes/default/forgejo/httproute-public.yaml',
      ['git.eviljungle.com CNAME eviljungle.com'],
    ],
    [
      'kubernetes-sigs__external-dns/docs/tutorials/externalname.md.1.yaml',
      ['tenant1.example.org CNAME aws.example.org', 'tenant2.example.org CNAME aws.example.org'],
    ],
    [
      'kubernetes-sigs__external-dns/docs/tutorials/cloudflare.md.2.yaml',
      ['_caldavs._tcp.example.com SRV 0 1 443 caldav.example.com'],
    ],
    ['istio__istio/tests/testdata/config/rule-ingressgateway.yaml', ['uk.bookinfo.com A 192.0.2.1']],
    ['kubernetes-sigs__external-dns/docs/sources/crd.md.5.yaml', ['sub.example.com DNAME example.net']],
    [
      'kubernetes-sigs__external-dns/docs/sources/mx-record.md.1.yaml',
      ['example.com MX 10 mailhost1.example.com,20 mailhost2.example.com'],
    ],
    [
      'kubernetes-sigs__external-dns/docs/sources/crd.md.4.yaml',
      ['zone.example.com NS ns1.example.com,ns2.example.com'],
    ],
    ['istio__istio/tests/testdata/config/ingressgateway.yaml', ['uk.bookinfo.com A 192.0.2.1']],
    [
      'kubernetes-sigs__external-dns/docs/tutorials/crd.md.4.yaml',
      [
        'test.example.com NAPTR 100 50 "S" "SIP+D2U" "" _sip._udp.test.example.com.,50 50 "S" "SIPS+D2T" "" _sips._tcp.test.example.com.',
      ],
    ],
    [
      'istio__istio/pkg/config/analysis/analyzers/testdata/gateway-duplicate-certificate.yaml',
      [
        '01.test-01.com A 192.0.2.1',
        '01.test-02.com A 192.0.2.1',
        '01.test-03.com A 192.0.2.1',
        '01.test-04.com A 192.0.2.1',
        '01.test-05.com A 192.0.2.1',
        '01.test-06.com A 192.0.2.1',
        '02.test-01.com A 192.0.2.1',
        '02.test-02.com A 192.0.2.1',
        '02.test-03.com A 192.0.2.1',
        '02.test-04.com A 192.0.2.1',
        '02.test-05.com A 192.0.2.1',
        '02.test-06.com A 192.0.2.1',
        '03.test-06.com A 192.0.2.1',
        '04.test-06.com A 192.0.2.1',
      ],
    ],
    [
      'kubernetes-sigs__external-dns/docs/snippets/tutorials/aws-localstack/dnsendpoint-txt.yml',
      ['_acme-challenge.example.com TXT validation-token-12345'],
    ],
    [
      'kubernetes-sigs__external-dns/docs/snippets/tutorials/aws-localstack/dnsendpoint-multi.yml',
      [
        'dnsendpoint-a-lb.example.com A 10.0.1.1,10.0.1.2,10.0.1.3',
        'dnsendpoint-a.example.com A 192.168.1.100',
        'dnsendpoint-aaaa.example.com AAAA 2001:db8:85a3::8a2e:370:7334',
      ],
    ],
    [
      'billimek__k8s-gitops/kubernetes/kube-system/envoy-gateway/routes/wildcard-internal.yaml',
      ['*.eviljungle.com A 10.0.6.151'],
    ],
    [
      'kubernetes-sigs__external-dns/docs/sources/crd/dnsendpoint-aws-example.yaml',
      ['subdomain.foo.bar.com CNAME other-subdomain.foo.bar.com'],
    ],
    [
      'acelinkio__argocd-homelab/pineapp/kyoo-dev/manifest.yaml',
      ['kyoo-dev.bitey.life CNAME intgw.bitey.life'],
    ],
    [
      'billimek__k8s-gitops/kubernetes/kube-system/envoy-gateway/external-garage.yaml',
      ['garage.eviljungle.com A 10.0.6.151'],
    ],
    ['acelinkio__argocd-homelab/pineapp/zot/manifest.yaml', ['zot.bitey.life CNAME intgw.bitey.life']],
    [
      'acelinkio__argocd-homelab/pineapp/observability/manifest.yaml',
      ['grafana.bitey.life CNAME intgw.bitey.life'],
    ],
    ['kubernetes-sigs__external-dns/docs/sources/istio.md.2.yaml', ['httpbin.example.com A 192.0.2.1']],
    ['kubernetes-sigs__external-dns/docs/sources/crd.md.1.yaml', ['foo.bar.com A 192.168.99.216']],
    [
      'acelinkio__argocd-homelab/pineapp/mailpit/manifest.yaml',
      ['mailpit.bitey.life CNAME intgw.bitey.life'],
    ],
  ])('%s', (file, expected) => {
    expect(recordsFrom(file)).toEqual(expected);
  });

  it.each([
    [
      'onedr0p__cluster-template/template/config/kubernetes/apps/network/envoy-gateway/app/envoy.yaml.j2',
      [45, 76, 153],
    ],
    [
      'onedr0p__cluster-template/template/config/kubernetes/apps/network/cloudflare-tunnel/app/dnsendpoint.yaml.j2',
      [3],
    ],
    ['onedr0p__home-ops/kubernetes/apps/network/cloudflare-tunnel/app/dnsendpoint.yaml', [3]],
    ['istio__istio/manifests/charts/gateway/templates/service.yaml', [1]],
    ['GoogleCloudPlatform__microservices-demo/helm-chart/templates/frontend.yaml', [151, 156, 272]],
    ['istio__istio/pilot/pkg/xds/testdata/benchmarks/gateways.yaml', [22, 43, 71, 86]],
  ])('templated %s yields template-syntax errors and no records', (file, lines) => {
    expect(diagnosticsOf(file, 'template-syntax')).toEqual(lines);
    expect(recordsFrom(file)).toEqual([]);
  });

  it.each([
    [
      'kubernetes-sigs__gateway-api/hack/invalid-examples/standard/httproute/invalid-hostname.yaml',
      'invalid-hostname',
      [7],
    ],
    [
      'kubernetes-sigs__gateway-api/hack/invalid-examples/standard/tlsroute/invalid-hostname.yaml',
      'invalid-hostname',
      [7],
    ],
  ])('deliberately invalid %s yields %s', (file, code, lines) => {
    expect(diagnosticsOf(file, code)).toEqual(lines);
    expect(recordsFrom(file)).toEqual([]);
  });

  it('skips VirtualServices a Gateway namespace prefix does not admit (`./`, `*/`, `ns/`)', () => {
    const file =
      'istio__istio/pkg/config/analysis/analyzers/testdata/virtualservice_host_not_found_gateway_with_ns_prefix.yaml';
    const lines = x.records
      .flatMap((record) => record.sources)
      .filter((source) => source.file === file && source.kind === 'VirtualService')
      .map((source) => source.line);
    // Line 44 is the VirtualService in `default` bound to a `./` host of a Gateway in istio-system.
    expect(lines.sort((a, b) => a - b)).toEqual([26, 78, 96, 130, 148, 182, 200]);
  });

  it('follows YAML aliases: a Gateway target given by an `&hostname` anchor', () => {
    // onedr0p's envoy-external Gateway writes `target: &hostname external.turbo.ac`; its
    // namespace comes from Kustomize, the route names it as network/envoy-external.
    expect(
      recordsFrom('onedr0p__home-ops/kubernetes/apps/flux-system/flux-instance/app/httproute.yaml'),
    ).toEqual(['flux-webhook.turbo.ac CNAME external.turbo.ac']);
  });

  it('reports names claimed twice on both manifest lines', () => {
    const claim = x.claimedTwice.find((entry) => entry.name === 'auth.bitey.life');
    expect(claim?.sources.map((source) => source.line)).toEqual([147, 164]);
    expect(
      diagnosticsOf('acelinkio__argocd-homelab/pineapp/authentik/manifest.yaml', 'claimed-twice'),
    ).toEqual([147, 164]);
  });

  it('desires records for egress hosts inside the managed zone (STATIC IPs, DNS with one hostname)', () => {
    expect(recordsFrom('istio__istio/pkg/config/validation/testdata/crds/serviceentry-valid.yaml')).toEqual([
      'example.com CNAME sub.example.com',
    ]);
    const clash = x.claimedTwice.find((entry) => entry.name === 'example.com' && entry.type === 'A');
    expect(clash?.sources.map((source) => `${source.kind} ${source.file}:${source.line}`)).toEqual([
      'ServiceEntry istio__istio/pilot/pkg/xds/testdata/benchmarks/gateways.yaml:8',
      'DNSEndpoint kubernetes-sigs__external-dns/docs/sources/crd.md.2.yaml:7',
    ]);
    // Hosts outside the zone (api.dropboxapi.com, *.wikipedia.org ...) never desire records.
    const fromServiceEntries = x.records.filter((record) =>
      record.sources.some((s) => s.kind === 'ServiceEntry'),
    );
    expect(fromServiceEntries.map((record) => record.name)).toEqual(['example.com']);
  });

  it('lists MESH_EXTERNAL ServiceEntry hosts with ports, not MESH_INTERNAL ones', () => {
    const host = (name: string) => x.egress.find((entry) => entry.host === name);
    expect(host('api.dropboxapi.com')?.ports).toEqual([{ number: 443, protocol: 'TLS', name: 'https' }]);
    expect(host('*.wikipedia.org')?.ports).toEqual([{ number: 443, protocol: 'HTTPS', name: 'https' }]);
    expect(host('www.googleapis.com')?.sources.map((source) => source.file)).toContain(
      'istio__istio/samples/bookinfo/networking/egress-rule-google-apis.yaml',
    );
    // se-example.yaml declares these two hosts with `location: MESH_INTERNAL`.
    expect(host('test.seexamples')).toBeUndefined();
    expect(host('mymongodb.somedomain')).toBeUndefined();
    expect(x.egress.length).toBeGreaterThan(40);
  });
});
