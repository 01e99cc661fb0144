import { dnsEndpointSource } from './dns-endpoint.js';
import { gatewayRouteSource } from './gateway-route.js';
import { ingressSource } from './ingress.js';
import { istioGatewaySource } from './istio-gateway.js';
import { istioVirtualServiceSource } from './istio-virtualservice.js';
import { serviceEntrySource } from './service-entry.js';
import { serviceSource } from './service.js';
import type { Source } from './source.js';

/** Every source; adding a resource kind is one file and one line here. */
export const allSources: readonly Source[] = [
  serviceSource,
  ingressSource,
  istioGatewaySource,
  istioVirtualServiceSource,
  gatewayRouteSource,
  dnsEndpointSource,
  serviceEntrySource,
];

/** Kinds worth parsing: those a source reads, plus Gateway API Gateways that routes point at. */
export function relevantKinds(sources: readonly Source[] = allSources): Set<string> {
  return new Set(['Gateway', 'Service', ...sources.flatMap((source) => source.kinds)]);
}
