import { describe, expect, it } from 'vitest';
import { extractYaml, recordLines } from '../../test/fixtures/extraction/extract-yaml.js';

const ingress = (annotations: string, extra = '') => `apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations: {${annotations}}
spec:
  ingressClassName: nginx
  rules:
    - host: www.example.com
  tls:
    - hosts: [www.example.com, secure.example.com]
${extra}`;
const target = '"external-dns.alpha.kubernetes.io/target": "1.2.3.4"';

describe('ingressSource', () => {
  it.each([
    [
      'rules and tls hosts with a target annotation',
      ingress(target),
      {},
      ['secure.example.com A 1.2.3.4', 'www.example.com A 1.2.3.4'],
    ],
    [
      'hostname annotation added',
      ingress(`${target}, "external-dns.kubernetes.io/hostname": "extra.example.com"`),
      {},
      ['extra.example.com A 1.2.3.4', 'secure.example.com A 1.2.3.4', 'www.example.com A 1.2.3.4'],
    ],
    [
      'annotation-only',
      ingress(
        `${target}, "external-dns.kubernetes.io/hostname": "extra.example.com", "external-dns.kubernetes.io/ingress-hostname-source": annotation-only`,
      ),
      {},
      ['extra.example.com A 1.2.3.4'],
    ],
    [
      'defined-hosts-only',
      ingress(
        `${target}, "external-dns.kubernetes.io/hostname": "extra.example.com", "external-dns.kubernetes.io/ingress-hostname-source": defined-hosts-only`,
      ),
      {},
      ['secure.example.com A 1.2.3.4', 'www.example.com A 1.2.3.4'],
    ],
    [
      // external-dns lower-cases the value before comparing it.
      'ingress-hostname-source is case-insensitive',
      ingress(
        `${target}, "external-dns.kubernetes.io/hostname": "extra.example.com", "external-dns.kubernetes.io/ingress-hostname-source": Annotation-Only`,
      ),
      {},
      ['extra.example.com A 1.2.3.4'],
    ],
    [
      'rendered status',
      ingress('', 'status: {loadBalancer: {ingress: [{hostname: lb.example.net}]}}'),
      {},
      ['secure.example.com CNAME lb.example.net', 'www.example.com CNAME lb.example.net'],
    ],
    [
      'ingress-class mapping',
      ingress(''),
      { targets: { 'ingress-classes': { nginx: '203.0.113.8' } } },
      ['secure.example.com A 203.0.113.8', 'www.example.com A 203.0.113.8'],
    ],
    [
      'class mapping beats the default',
      ingress(''),
      { targets: { 'ingress-classes': { nginx: '203.0.113.8' }, default: 'lb.example.net' } },
      ['secure.example.com A 203.0.113.8', 'www.example.com A 203.0.113.8'],
    ],
    [
      'target beats status',
      ingress(target, 'status: {loadBalancer: {ingress: [{ip: 9.9.9.9}]}}'),
      {},
      ['secure.example.com A 1.2.3.4', 'www.example.com A 1.2.3.4'],
    ],
  ])('%s', async (_case, yaml, config, expected) => {
    expect(recordLines(await extractYaml(yaml, config))).toEqual(expected);
  });

  it('warns about an unknown ingress-hostname-source value', async () => {
    const x = await extractYaml(
      ingress(`${target}, "external-dns.kubernetes.io/ingress-hostname-source": "both"`),
    );
    expect(x.diagnostics).toMatchObject([{ code: 'invalid-annotation', line: 5 }]);
    expect(x.records).toHaveLength(2);
  });

  it('reports names without a target as unknown, one warning per manifest line', async () => {
    const x = await extractYaml(ingress(''));
    expect(x.unknown.map((entry) => [entry.name, entry.sources.map((s) => s.line)])).toEqual([
      ['secure.example.com', [11]],
      ['www.example.com', [9, 11]],
    ]);
  });
});
