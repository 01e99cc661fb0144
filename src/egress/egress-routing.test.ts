import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../manifests/parse-documents.js';
import type { EgressHost } from '../records/egress.js';
import { classifyEgressRouting, hostsRoutedViaGateway } from './egress-routing.js';

const corpus = path.resolve(import.meta.dirname, '../../../shared/corpus');
const egressTask = 'istio__istio.io/content/en/docs/tasks/traffic-management/egress';

function documentsOf(...files: string[]) {
  return files.flatMap((f) => parseDocuments(readFileSync(path.join(corpus, f), 'utf8'), f).documents);
}
const host = (name: string): EgressHost => ({
  host: name,
  ports: [],
  sources: [{ file: 'x.yaml', line: 1, kind: 'ServiceEntry', name: 'x' }],
});

describe('egress routing over the corpus', () => {
  it.each([
    [
      'the egress-gateway task: ServiceEntry only',
      [`${egressTask}/egress-gateway/index.md.1.yaml`],
      'edition.cnn.com',
      'direct',
    ],
    [
      'the egress-gateway task: Gateway + VirtualService through istio-egressgateway',
      [1, 2, 3].map((n) => `${egressTask}/egress-gateway/index.md.${n}.yaml`),
      'edition.cnn.com',
      'gateway',
    ],
    [
      'wildcard hosts: *.wikipedia.org routed through the egress gateway (tls, sniHosts)',
      [1, 2].map((n) => `${egressTask}/wildcard-egress-hosts/index.md.${n}.yaml`),
      '*.wikipedia.org',
      'gateway',
    ],
    [
      'wildcard hosts: a single host covered by the routed wildcard',
      [2, 3].map((n) => `${egressTask}/wildcard-egress-hosts/index.md.${n}.yaml`),
      'www.wikipedia.org',
      'gateway',
    ],
    [
      'samples/external: no gateway at all',
      ['istio__istio/samples/external/github.yaml'],
      'github.com',
      'direct',
    ],
  ])('%s', (_label, files, hostName, via) => {
    const [classified] = classifyEgressRouting([host(hostName)], documentsOf(...files));
    expect(classified!.via).toBe(via);
  });

  it('istio test data: a VirtualService pinned to the egress gateway and the mesh', () => {
    const docs = documentsOf(
      'istio__istio/tests/testdata/config/egressgateway.yaml',
      'istio__istio/tests/testdata/config/rule-route-via-egressgateway.yaml',
    );
    expect(hostsRoutedViaGateway(docs)).toEqual(['egressgateway.bookinfo.com']);
  });

  it('a VirtualService bound to an ingress gateway does not count', () => {
    const docs = documentsOf(
      'istio__istio/samples/bookinfo/networking/bookinfo-gateway.yaml',
      'istio__istio/samples/bookinfo/networking/egress-rule-google-apis.yaml',
    );
    expect(hostsRoutedViaGateway(docs)).toEqual([]);
  });
});
