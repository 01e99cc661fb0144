import type { Provider, ProviderContext } from '../provider.js';
import { createRoute53Client } from './route53-client.js';
import { Route53Provider } from './route53-provider.js';

export interface Route53Config {
  type: 'route53';
  'private-zones': boolean;
  alias: boolean;
  'evaluate-target-health': boolean;
  'wait-for-insync': boolean;
  region: string;
}

/**
 * Builds the Route 53 provider. Credentials come from the SDK's default chain, which reads the
 * AWS_* variables that `aws-actions/configure-aws-credentials` sets (OIDC web identity included);
 * the endpoint override is taken from `ctx.env` explicitly, as nothing here reads process.env.
 */
export function createProvider(config: Route53Config, ctx: ProviderContext): Provider {
  const endpoint = ctx.env.AWS_ENDPOINT_URL_ROUTE_53 ?? ctx.env.AWS_ENDPOINT_URL;
  return new Route53Provider({
    client: createRoute53Client({ region: config.region, ...(endpoint ? { endpoint } : {}) }),
    privateZones: config['private-zones'],
    aliasDefault: config.alias,
    evaluateTargetHealth: config['evaluate-target-health'],
    waitForInsync: config['wait-for-insync'],
    log: ctx.log,
  });
}
