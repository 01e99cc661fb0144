import { describe, expect, it } from 'vitest';
import type { Extraction } from '../sources/extraction.js';
import { renderEndpointsJson } from './endpoints-json.js';
import { renderEndpointsText } from './endpoints-text.js';

const source = { file: 'apps/web.yaml', line: 7, kind: 'Ingress', namespace: 'apps', name: 'web' };
const extraction: Extraction = {
  records: [
    {
      name: 'www.example.com',
      type: 'A',
      targets: ['1.2.3.5', '1.2.3.4'],
      ttlSeconds: 60,
      sources: [source],
    },
    {
      name: 'txt.example.com',
      type: 'TXT',
      targets: ['hello'],
      sources: [{ file: 'd.yaml', line: 3, kind: 'DNSEndpoint', name: 'd' }],
    },
  ],
  unknown: [{ name: 'api.example.com', sources: [source] }],
  claimedTwice: [],
  egress: [
    { host: 'api.github.com', ports: [{ number: 443, protocol: 'HTTPS', name: 'https' }], sources: [source] },
  ],
  diagnostics: [
    { severity: 'warning', code: 'unknown-target', message: 'no target', file: 'apps/web.yaml', line: 7 },
  ],
  unreadableDocuments: 1,
  documents: 4,
  countsByKind: { Ingress: 1, DNSEndpoint: 1 },
};

describe('renderEndpointsJson', () => {
  it('has the SPEC 6 shape, targets sorted, ttl only when set, namespace only when written', () => {
    const json = JSON.parse(renderEndpointsJson(extraction));
    expect(json.endpoints).toEqual([
      { name: 'www.example.com', type: 'A', targets: ['1.2.3.4', '1.2.3.5'], ttl: 60, sources: [source] },
      {
        name: 'txt.example.com',
        type: 'TXT',
        targets: ['hello'],
        sources: [{ file: 'd.yaml', line: 3, kind: 'DNSEndpoint', name: 'd' }],
      },
    ]);
    expect(json.egress).toEqual([
      {
        host: 'api.github.com',
        ports: [{ number: 443, protocol: 'HTTPS', name: 'https' }],
        sources: [source],
      },
    ]);
    expect(json.diagnostics).toEqual([
      { severity: 'warning', code: 'unknown-target', message: 'no target', file: 'apps/web.yaml', line: 7 },
    ]);
    expect(json.summary).toEqual({
      documents: 4,
      unreadableDocuments: 1,
      countsByKind: { DNSEndpoint: 1, Ingress: 1 },
    });
  });

  it('is stable', () => {
    expect(renderEndpointsJson(extraction)).toBe(renderEndpointsJson(structuredClone(extraction)));
  });
});

describe('renderEndpointsText', () => {
  it('lists records, unknown names, egress and diagnostics with file:line', () => {
    const text = renderEndpointsText(extraction, { color: false });
    expect(text).toContain('Endpoints (2)');
    expect(text).toMatch(/www\.example\.com\s+A\s+1\.2\.3\.5, 1\.2\.3\.4 {2}\(ttl 60\)/);
    expect(text).toContain('from apps/web.yaml:7 Ingress apps/web');
    expect(text).toContain('Unknown targets: existing records are kept (1)');
    expect(text).toContain('api.github.com  443/HTTPS');
    expect(text).toContain('warning apps/web.yaml:7: no target');
    expect(text).toContain('Read 4 documents (1 Ingress, 1 DNSEndpoint); 1 could not be read');
    expect(text).not.toContain('\u001b[');
  });

  it('colours only when asked', () => {
    expect(renderEndpointsText(extraction, { color: true })).toContain('\u001b[33mwarning');
  });
});
