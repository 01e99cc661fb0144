import type { Diagnostic } from '../records/diagnostic.js';
import { normalizeDnsName } from '../records/dns-name.js';
import { inferRecordType } from '../records/record-type.js';
import { sortedUnique } from '../records/targets.js';
import { parseTtl } from '../records/ttl.js';
import type { KeyPath } from '../manifests/parse-documents.js';
import { normalizeRecordValue } from './endpoint-values.js';
import { asArray, asRecord, asString, formatKeyPath } from './fields.js';
import { apiGroup } from './manifest.js';
import { readObjectAnnotations } from './record-options.js';
import { emptyOutput, type Claim, type Manifest, type Source } from './source.js';
import { skipped } from './skipped.js';

/**
 * external-dns DNSEndpoint (`externaldns.k8s.io`): `spec.endpoints[]` exactly as written, any
 * record type, explicit targets, TTL, set identifier and provider-specific settings.
 */
export const dnsEndpointSource: Source = {
  id: 'dns-endpoint',
  kinds: ['DNSEndpoint'],
  accepts: (manifest) =>
    manifest.kind === 'DNSEndpoint' && apiGroup(manifest.apiVersion) === 'externaldns.k8s.io',
  read(manifest) {
    const out = emptyOutput();
    const annotations = readObjectAnnotations(manifest);
    if (annotations.skipReason) return skipped(manifest, annotations.skipReason);
    out.diagnostics.push(...annotations.diagnostics);
    asArray(manifest.spec.endpoints).forEach((entry, index) => {
      const claim = readEndpoint(manifest, asRecord(entry), ['spec', 'endpoints', index], out.diagnostics);
      if (claim) out.claims.push(claim);
    });
    return out;
  },
};

function readEndpoint(
  manifest: Manifest,
  endpoint: Record<string, unknown>,
  path: KeyPath,
  diagnostics: Diagnostic[],
): Claim | undefined {
  const warn = (key: string, reason: string): undefined => {
    const line = manifest.doc.lineOf([...path, key]);
    diagnostics.push({
      severity: 'warning',
      code: 'invalid-endpoint',
      message: `DNSEndpoint ${manifest.namespace}/${manifest.name}: ${reason}; endpoint skipped`,
      file: manifest.doc.file,
      line,
      key: formatKeyPath([...path, key]),
    });
    return undefined;
  };
  const dnsName = normalizeDnsName(asString(endpoint.dnsName) ?? '');
  if (!dnsName.ok) return warn('dnsName', dnsName.reason);
  const written = asArray(endpoint.targets).flatMap((target) => asString(target) ?? []);
  if (written.length === 0) return warn('targets', 'no targets');
  const type = (asString(endpoint.recordType) ?? inferRecordType(written[0]!.trim())).trim().toUpperCase();
  const targets: string[] = [];
  for (const target of written) {
    const value = normalizeRecordValue(type, target);
    if (!value.ok) return warn('targets', `${type} ${value.reason}`);
    targets.push(value.value);
  }
  const claim: Claim = {
    name: dnsName.name,
    type,
    targets: sortedUnique(targets),
    source: manifest.refAt(path),
  };
  if (endpoint.recordTTL !== undefined && endpoint.recordTTL !== 0) {
    const ttl = parseTtl(asString(endpoint.recordTTL) ?? '');
    if (!ttl.ok) return warn('recordTTL', ttl.reason);
    claim.ttlSeconds = ttl.seconds;
  }
  const setIdentifier = asString(endpoint.setIdentifier);
  if (setIdentifier) claim.setIdentifier = setIdentifier;
  const providerSpecific = readProviderSpecific(endpoint.providerSpecific);
  if (Object.keys(providerSpecific).length > 0) claim.providerSpecific = providerSpecific;
  return claim;
}

function readProviderSpecific(value: unknown): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const entry of asArray(value)) {
    const name = asString(asRecord(entry).name);
    const setting = asString(asRecord(entry).value);
    if (name !== undefined && setting !== undefined) settings[name] = setting;
  }
  return settings;
}
