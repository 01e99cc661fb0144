import type { Extraction } from '../sources/extraction.js';
import { diagnosticToJson, egressHostToJson, sourceToJson } from './plan-json.js';

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
      sources: record.sources.map(sourceToJson),
    })),
    egress: x.egress.map(egressHostToJson),
    diagnostics: x.diagnostics.map(diagnosticToJson),
    unknown: x.unknown.map((entry) => ({ name: entry.name, sources: entry.sources.map(sourceToJson) })),
    claimedTwice: x.claimedTwice.map((entry) => ({
      name: entry.name,
      type: entry.type,
      message: entry.message,
      sources: entry.sources.map(sourceToJson),
    })),
    summary: {
      documents: x.documents,
      unreadableDocuments: x.unreadableDocuments,
      countsByKind: sortedObject(x.countsByKind),
    },
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}

function sortedObject<T>(object: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
