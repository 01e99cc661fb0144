import { isIP } from 'node:net';
import type { Config } from '../config/schema.js';
import type { Diagnostic } from '../records/diagnostic.js';
import { asArray, asRecord, asString } from './fields.js';
import {
  annotationTargets,
  configuredTargets,
  defaultTargets,
  firstNonEmpty,
  readTargets,
  type RawTarget,
} from './resolve-targets.js';
import type { Manifest } from './source.js';

/**
 * Where a Gateway API Gateway's routes point (SPEC 3.3 steps 4, 6): its `target` annotation,
 * `spec.addresses[]`, a rendered `status.addresses[]`, the config's mapping by
 * `namespace/name`, the default. `gateway` is undefined when the repository does not hold it.
 */
export function gatewayTargets(
  gateway: Manifest | undefined,
  key: string,
  config: Config,
  diagnostics: Diagnostic[],
): string[] {
  return firstNonEmpty(
    () => (gateway ? annotationTargets(gateway, diagnostics) : []),
    () => (gateway ? addressTargets(gateway, asArray(gateway.spec.addresses), 'spec', diagnostics) : []),
    () =>
      gateway
        ? addressTargets(
            gateway,
            asArray(asRecord(gateway.doc.value.status).addresses),
            'status',
            diagnostics,
          )
        : [],
    () => configuredTargets(config.targets.gateways[key]),
    () => defaultTargets(config),
  );
}

function addressTargets(
  gateway: Manifest,
  addresses: unknown[],
  root: 'spec' | 'status',
  diagnostics: Diagnostic[],
): string[] {
  const raw: RawTarget[] = [];
  addresses.forEach((address, index) => {
    const type = asString(asRecord(address).type) ?? 'IPAddress';
    const value = asString(asRecord(address).value);
    // Implementation-specific address types (e.g. a named address pool) are not DNS targets.
    if (value && type === 'IPAddress' && isIP(value.trim()) === 0) {
      const line = gateway.doc.lineOf([root, 'addresses', index, 'value']);
      diagnostics.push({
        severity: 'warning',
        code: 'invalid-target',
        message: `Gateway ${gateway.namespace}/${gateway.name}: "${value}" is not an IP address; ignored`,
        file: gateway.doc.file,
        line,
        key: `${root}.addresses[${index}].value`,
      });
      return;
    }
    if (value && (type === 'IPAddress' || type === 'Hostname')) {
      raw.push({ value, path: [root, 'addresses', index, 'value'] });
    }
  });
  return readTargets(gateway, raw, diagnostics);
}
