import { describe, expect, it } from 'vitest';
import { extractYaml, recordLines } from '../../test/fixtures/extraction/extract-yaml.js';

const service = (annotations: string, spec = '', status = '') => `apiVersion: v1
kind: Service
metadata:
  name: web
  namespace: apps
  annotations:
${annotations}
spec:
  type: LoadBalancer
${spec}
${status}`;

describe('serviceSource', () => {
  it.each([
    [
      'status IP',
      service(
        '    external-dns.alpha.kubernetes.io/hostname: web.example.com',
        '',
        'status: {loadBalancer: {ingress: [{ip: 1.2.3.4}]}}',
      ),
      ['web.example.com A 1.2.3.4'],
    ],
    [
      'status hostname',
      service(
        '    external-dns.kubernetes.io/hostname: web.example.com',
        '',
        'status: {loadBalancer: {ingress: [{hostname: LB.aws.com}]}}',
      ),
      ['web.example.com CNAME lb.aws.com'],
    ],
    [
      'target annotation wins',
      service(
        '    external-dns.kubernetes.io/hostname: web.example.com\n    external-dns.kubernetes.io/target: 9.9.9.9,2001:db8::1',
        '  loadBalancerIP: 1.2.3.4',
      ),
      ['web.example.com A 9.9.9.9', 'web.example.com AAAA 2001:db8::1'],
    ],
    [
      'loadBalancerIP',
      service('    external-dns.kubernetes.io/hostname: web.example.com', '  loadBalancerIP: 1.2.3.4'),
      ['web.example.com A 1.2.3.4'],
    ],
    [
      'externalIPs',
      service(
        '    external-dns.kubernetes.io/hostname: web.example.com',
        '  externalIPs: [5.6.7.8, 1.2.3.4]',
      ),
      ['web.example.com A 1.2.3.4,5.6.7.8'],
    ],
    [
      'ExternalName',
      service(
        '    external-dns.kubernetes.io/hostname: web.example.com',
        '  externalName: backend.example.net.',
      ),
      ['web.example.com CNAME backend.example.net'],
    ],
    [
      'comma-separated hostnames, ttl duration',
      service(
        '    external-dns.kubernetes.io/hostname: a.example.com, B.example.com.\n    external-dns.kubernetes.io/ttl: 1m',
        '  loadBalancerIP: 1.2.3.4',
      ),
      ['a.example.com A 1.2.3.4 ttl=60', 'b.example.com A 1.2.3.4 ttl=60'],
    ],
    ['no hostname annotation', service('    other: x', '  loadBalancerIP: 1.2.3.4'), []],
    [
      'other controller',
      service(
        '    external-dns.kubernetes.io/hostname: web.example.com\n    external-dns.kubernetes.io/controller: kops',
        '  loadBalancerIP: 1.2.3.4',
      ),
      [],
    ],
    [
      'dns-controller is ours',
      service(
        '    external-dns.kubernetes.io/hostname: web.example.com\n    external-dns.kubernetes.io/controller: dns-controller',
        '  loadBalancerIP: 1.2.3.4',
      ),
      ['web.example.com A 1.2.3.4'],
    ],
  ])('%s', async (_case, yaml, expected) => {
    expect(recordLines(await extractYaml(yaml))).toEqual(expected);
  });

  it('uses the config default when the repository says nothing, else reports the name unknown', async () => {
    const yaml = service('    external-dns.kubernetes.io/hostname: web.example.com');
    expect(recordLines(await extractYaml(yaml, { targets: { default: 'lb.example.net' } }))).toEqual([
      'web.example.com CNAME lb.example.net',
    ]);
    const x = await extractYaml(yaml);
    expect(x.records).toEqual([]);
    expect(x.unknown).toEqual([
      {
        name: 'web.example.com',
        sources: [{ file: 'm.yaml', line: 7, kind: 'Service', namespace: 'apps', name: 'web' }],
      },
    ]);
    expect(x.diagnostics).toMatchObject([
      { severity: 'warning', code: 'unknown-target', file: 'm.yaml', line: 7 },
    ]);
  });

  it.each([
    ['ClusterIP', '  type: ClusterIP'],
    ['no type (ClusterIP)', ''],
    ['headless', '  type: ClusterIP\n  clusterIP: None'],
    ['NodePort', '  type: NodePort'],
  ])(
    // external-dns publishes such a Service's cluster, pod or node IPs (live cluster state),
    // never the load balancer's address: the config default must not send its name there.
    'a %s Service does not take the config default: its name is unknown',
    async (_case, spec) => {
      const yaml = service('    external-dns.kubernetes.io/hostname: web.example.com').replace(
        '  type: LoadBalancer\n',
        spec ? `${spec}\n` : '',
      );
      const x = await extractYaml(yaml, { targets: { default: 'lb.example.net' } });
      expect(x.records).toEqual([]);
      expect(x.unknown.map((entry) => entry.name)).toEqual(['web.example.com']);
      expect(x.diagnostics.map((d) => [d.code, d.line])).toEqual([
        ['unknown-target', 7],
        ['service-type-target', 7],
      ]);
    },
  );

  it('a ClusterIP Service with a target annotation is published', async () => {
    const yaml = service(
      '    external-dns.kubernetes.io/hostname: web.example.com\n    external-dns.kubernetes.io/target: 192.0.2.4',
    ).replace('type: LoadBalancer', 'type: ClusterIP');
    expect(recordLines(await extractYaml(yaml, { targets: { default: 'lb.example.net' } }))).toEqual([
      'web.example.com A 192.0.2.4',
    ]);
  });

  it('passes cloudflare-proxied, alias and set-identifier on, and warns about bad values', async () => {
    const x = await extractYaml(
      service(
        '    external-dns.kubernetes.io/hostname: web.example.com\n    external-dns.kubernetes.io/cloudflare-proxied: "true"\n    external-dns.kubernetes.io/alias: maybe\n    external-dns.kubernetes.io/set-identifier: eu\n    external-dns.kubernetes.io/ttl: soon',
        '  loadBalancerIP: 1.2.3.4',
      ),
    );
    expect(x.records[0]).toMatchObject({
      providerSpecific: { 'cloudflare-proxied': 'true' },
      setIdentifier: 'eu',
    });
    expect(x.records[0]!.ttlSeconds).toBeUndefined();
    expect(x.diagnostics.map((d) => [d.code, d.line, d.key])).toEqual([
      ['invalid-annotation', 9, 'metadata.annotations.external-dns.kubernetes.io/alias'],
      ['invalid-annotation', 11, 'metadata.annotations.external-dns.kubernetes.io/ttl'],
    ]);
  });

  it('warns about an invalid hostname with file, line and key', async () => {
    const x = await extractYaml(
      service(
        '    external-dns.kubernetes.io/hostname: ok.example.com,bad_host!.example.com',
        '  loadBalancerIP: 1.2.3.4',
      ),
    );
    expect(recordLines(x)).toEqual(['ok.example.com A 1.2.3.4']);
    expect(x.diagnostics).toMatchObject([{ code: 'invalid-hostname', file: 'm.yaml', line: 7 }]);
  });
});
