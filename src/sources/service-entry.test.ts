import { describe, expect, it } from 'vitest';
import { diagnosticCodes, extractYaml, recordLines } from '../../test/fixtures/extraction/extract-yaml.js';

const entry = (name: string, spec: string) => `apiVersion: networking.istio.io/v1
kind: ServiceEntry
metadata: {name: ${name}, namespace: mesh}
spec:
${spec}
`;

describe('serviceEntrySource', () => {
  it.each([
    [
      'MESH_EXTERNAL with ports',
      '  hosts: [API.github.com]\n  location: MESH_EXTERNAL\n  resolution: DNS\n  ports: [{number: 443, name: https, protocol: https}]',
      [
        {
          host: 'api.github.com',
          ports: [{ number: 443, name: 'https', protocol: 'HTTPS' }],
          resolution: 'DNS',
          via: 'direct',
        },
      ],
    ],
    [
      'location defaults to external',
      '  hosts: ["*.wikipedia.org"]\n  ports: [{number: 443, name: tls}]',
      [{ host: '*.wikipedia.org', ports: [{ number: 443, name: 'tls', protocol: 'TCP' }], via: 'direct' }],
    ],
    ['MESH_INTERNAL is not egress', '  hosts: [db.internal.example]\n  location: MESH_INTERNAL', []],
    [
      'exportTo kept',
      '  hosts: [a.example.org]\n  exportTo: [".", istio-system]',
      [{ host: 'a.example.org', ports: [], exportTo: ['.', 'istio-system'], via: 'direct' }],
    ],
  ])('%s', async (_case, spec, expected) => {
    const x = await extractYaml(entry('e', spec));
    expect(x.egress.map(({ sources: _sources, ...host }) => host)).toEqual(expected);
    expect(x.records).toEqual([]);
  });

  it('merges one host declared twice: ports and sources unioned, sorted', async () => {
    const x = await extractYaml(
      `${entry('a', '  hosts: [x.example.org]\n  ports: [{number: 443, name: https, protocol: HTTPS}]')}---\n${entry('b', '  hosts: [x.example.org]\n  ports: [{number: 80, name: http, protocol: HTTP}]')}`,
    );
    expect(x.egress).toEqual([
      {
        host: 'x.example.org',
        ports: [
          { number: 80, name: 'http', protocol: 'HTTP' },
          { number: 443, name: 'https', protocol: 'HTTPS' },
        ],
        sources: [
          { file: 'm.yaml', line: 5, kind: 'ServiceEntry', namespace: 'mesh', name: 'a' },
          { file: 'm.yaml', line: 12, kind: 'ServiceEntry', namespace: 'mesh', name: 'b' },
        ],
        via: 'direct',
      },
    ]);
  });

  it.each([
    [
      'STATIC with IP endpoints in a managed zone: A and AAAA',
      '  hosts: [legacy-db.example.com]\n  location: MESH_EXTERNAL\n  resolution: STATIC\n  endpoints: [{address: 192.0.2.7}, {address: "2001:DB8::7"}]',
      ['legacy-db.example.com A 192.0.2.7', 'legacy-db.example.com AAAA 2001:db8::7'],
      [],
    ],
    [
      'DNS with one hostname endpoint in a managed zone: CNAME',
      '  hosts: [erp.example.com]\n  resolution: DNS\n  endpoints: [{address: erp.vendor.net}]',
      ['erp.example.com CNAME erp.vendor.net'],
      [],
    ],
    [
      'outside the managed zones: never written',
      '  hosts: [api.stripe.com]\n  resolution: STATIC\n  endpoints: [{address: 192.0.2.7}]',
      [],
      [],
    ],
    [
      'DNS without endpoints in a managed zone: unknown, existing record kept',
      '  hosts: [erp.example.com]\n  resolution: DNS',
      [],
      ['unknown-target'],
    ],
    [
      'DNS with two hostname endpoints: no single CNAME, unknown',
      '  hosts: [erp.example.com]\n  resolution: DNS\n  endpoints: [{address: a.vendor.net}, {address: b.vendor.net}]',
      [],
      ['unknown-target'],
    ],
    ['wildcard host: no record', '  hosts: ["*.example.com"]\n  resolution: NONE', [], []],
    [
      'MESH_INTERNAL: no record',
      '  hosts: [db.example.com]\n  location: MESH_INTERNAL\n  resolution: STATIC\n  endpoints: [{address: 10.0.0.1}]',
      [],
      [],
    ],
  ])('%s', async (_case, spec, records, codes) => {
    const x = await extractYaml(entry('e', spec));
    expect(recordLines(x)).toEqual(records);
    expect(diagnosticCodes(x)).toEqual(codes);
  });

  it('policy violations are errors on the ServiceEntry host line; routing is classified', async () => {
    const x = await extractYaml(
      entry(
        'e',
        '  hosts: [api.stripe.com, mail.ru]\n  ports: [{number: 443, name: https, protocol: HTTPS}]',
      ),
      {
        egress: { deny: ['*.ru'], 'require-gateway': ['*.stripe.com'] },
      },
    );
    expect(x.egress.map((h) => `${h.host} ${h.via}`)).toEqual(['api.stripe.com direct', 'mail.ru direct']);
    expect(x.diagnostics.map((d) => `${d.severity} ${d.code} ${d.file}:${d.line}`)).toEqual([
      'error egress-policy m.yaml:5',
      'error egress-policy m.yaml:5',
    ]);
    expect(x.diagnostics.map((d) => d.message).join('\n')).toMatch(
      /api.stripe.com must be routed[^]*mail.ru matches deny pattern \*\.ru/,
    );
  });
});
