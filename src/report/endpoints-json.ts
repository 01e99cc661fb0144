import type { Diagnostic } from '../records/diagnostic.js';
import type { SourceRef } from '../records/record.js';
import type { Extraction } from '../sources/extraction.js';

/**
 * The JSON of `gitops-dns endpoints` (SPEC 6): endpoints, egress, diagnostics, plus the names
 * without a target, the names claimed twice and what was read. Stable: same input, same bytes.
 */
export function renderEndpointsJson(x: Extraction): string {
  const output = {
    endpoints: x.records.map((record) => ({
      name: record.name,
      type: record.type,
      targets: [...record.targets].sort(),
      ...(record.ttlSeconds !== undefined ? { ttl: record.ttlSeconds } : {}),
      ...(record.setIdentifier !== undefined ? { setIdentifier: record.setIdentifier } : {}),
      ...(record.providerSpecific ? { providerSpecific: sortedObject(record.providerSpecific) } : {}),
      sources: record.sources.map(sourceJson),
    })),
    egress: x.egress.map((host) => ({
      host: host.host,
      ports: host.ports.map((port) => ({
        number: port.number,
        protocol: port.protocol,
        ...(port.name ? { name: port.name } : {}),
      })),
      ...(host.resolution !== undefined ? { resolution: host.resolution } : {}),
      ...(host.exportTo !== undefined ? { exportTo: host.exportTo } : {}),
      sources: host.sources.map(sourceJson),
    })),
    diagnostics: x.diagnostics.map(diagnosticJson),
    unknown: x.unknown.map((entry) => ({ name: entry.name, sources: entry.sources.map(sourceJson) })),
    claimedTwice: x.claimedTwice.map((entry) => ({
      name: entry.name,
      type: entry.type,
      message: entry.message,
      sources: entry.sources.map(sourceJson),
    })),
    summary: {
      documents: x.documents,
      unreadableDocuments: x.unreadableDocuments,
      countsByKind: sortedObject(x.countsByKind),
    },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

function sourceJson(source: SourceRef): Record<string, unknown> {
  return {
    file: source.file,
    line: source.line,
    kind: source.kind,
    ...(source.namespace !== undefined ? { namespace: source.namespace } : {}),
    name: source.name,
  };
}

function diagnosticJson(diagnostic: Diagnostic): Record<string, unknown> {
  return {
    severity: diagnostic.severity,
    code: diagnostic.code,
    message: diagnostic.message,
    ...(diagnostic.file !== undefined ? { file: diagnostic.file } : {}),
    ...(diagnostic.line !== undefined ? { line: diagnostic.line } : {}),
    ...(diagnostic.key !== undefined ? { key: diagnostic.key } : {}),
  };
}

function sortedObject<T>(object: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
