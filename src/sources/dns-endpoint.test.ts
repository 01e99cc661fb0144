import { describe, expect, it } from 'vitest';
import { extractYaml, recordLines } from '../../test/fixtures/extraction/extract-yaml.js';

const endpoint = (body: string) => `apiVersion: externaldns.k8s.io/v1alpha1
kind: DNSEndpoint
metadata: {name: e, namespace: dns}
spec:
  endpoints:
    - ${body}
`;

describe('dnsEndpointSource', () => {
  it.each([
    [
      'A with TTL',
      '{dnsName: WWW.example.com., recordType: A, targets: [1.2.3.4, 1.2.3.5], recordTTL: 300}',
      ['www.example.com A 1.2.3.4,1.2.3.5 ttl=300'],
    ],
    [
      'CNAME',
      '{dnsName: a.example.com, recordType: CNAME, targets: [Target.example.net.]}',
      ['a.example.com CNAME target.example.net'],
    ],
    [
      'TXT unquoted',
      `{dnsName: _acme-challenge.example.com, recordType: TXT, targets: ['"v=spf1 \\"x\\" -all"']}`,
      ['_acme-challenge.example.com TXT v=spf1 "x" -all'],
    ],
    [
      'TXT as written',
      '{dnsName: t.example.com, recordType: TXT, targets: [hello world]}',
      ['t.example.com TXT hello world'],
    ],
    [
      'MX',
      '{dnsName: example.com, recordType: MX, targets: ["10 Mail.example.com."]}',
      ['example.com MX 10 mail.example.com'],
    ],
    [
      'SRV absolute',
      '{dnsName: _sip._tcp.example.com, recordType: SRV, targets: ["1 50 5060 sip.example.com."]}',
      ['_sip._tcp.example.com SRV 1 50 5060 sip.example.com'],
    ],
    [
      'SRV relative is rejected',
      '{dnsName: _sip._tcp.example.com, recordType: SRV, targets: ["1 50 5060 sip.example.com"]}',
      [],
    ],
    [
      'any other type',
      '{dnsName: example.com, recordType: CAA, targets: [0 issue "letsencrypt.org"]}',
      ['example.com CAA 0 issue "letsencrypt.org"'],
    ],
    [
      'type inferred when missing',
      '{dnsName: v6.example.com, targets: ["2001:DB8::1"]}',
      ['v6.example.com AAAA 2001:db8::1'],
    ],
    ['bad A value', '{dnsName: a.example.com, recordType: A, targets: [lb.example.net]}', []],
    [
      'wildcard',
      '{dnsName: "*.example.com", recordType: A, targets: [1.2.3.4]}',
      ['*.example.com A 1.2.3.4'],
    ],
  ])('%s', async (_case, body, expected) => {
    expect(recordLines(await extractYaml(endpoint(body)))).toEqual(expected);
  });

  it('keeps set identifier and provider-specific settings, and warns about skipped endpoints', async () => {
    const x = await extractYaml(
      endpoint(
        '{dnsName: a.example.com, recordType: A, targets: [1.2.3.4], setIdentifier: eu, providerSpecific: [{name: alias, value: "true"}]}\n    - {dnsName: b.example.com, recordType: A, targets: []}',
      ),
    );
    expect(x.records[0]).toMatchObject({ setIdentifier: 'eu', providerSpecific: { alias: 'true' } });
    expect(x.records[0]!.sources).toEqual([
      { file: 'm.yaml', line: 6, kind: 'DNSEndpoint', namespace: 'dns', name: 'e' },
    ]);
    expect(x.diagnostics).toMatchObject([
      { code: 'invalid-endpoint', line: 7, key: 'spec.endpoints[1].targets' },
    ]);
  });
});
