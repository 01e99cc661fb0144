import { describe, expect, it } from 'vitest';
import { extractYaml } from '../../test/fixtures/extraction/extract-yaml.js';

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
        },
      ],
    ],
    [
      'location defaults to external',
      '  hosts: ["*.wikipedia.org"]\n  ports: [{number: 443, name: tls}]',
      [{ host: '*.wikipedia.org', ports: [{ number: 443, name: 'tls', protocol: 'TCP' }] }],
    ],
    ['MESH_INTERNAL is not egress', '  hosts: [db.internal.example]\n  location: MESH_INTERNAL', []],
    [
      'exportTo kept',
      '  hosts: [a.example.org]\n  exportTo: [".", istio-system]',
      [{ host: 'a.example.org', ports: [], exportTo: ['.', 'istio-system'] }],
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
      },
    ]);
  });
});
