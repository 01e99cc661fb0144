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
 * Builds the Route 53 provider. Keys in `ctx.env` (what `aws-actions/configure-aws-credentials`
 * exports after assuming a role through OIDC) are passed to the SDK explicitly; without them the
 * SDK's default chain applies (web identity token file, SSO and profiles, ECS/EC2 roles). The
 * endpoint override comes from `ctx.env` as well, as nothing here reads process.env.
 */
export function createProvider(config: Route53Config, ctx: ProviderContext): Provider {
  const { env } = ctx;
  const endpoint = env.AWS_ENDPOINT_URL_ROUTE_53 ?? env.AWS_ENDPOINT_URL;
  const credentials =
    env.AWS_ACCESS_KEY_ID && env.AWS_SECRET_ACCESS_KEY
      ? {
          accessKeyId: env.AWS_ACCESS_KEY_ID,
          secretAccessKey: env.AWS_SECRET_ACCESS_KEY,
          ...(env.AWS_SESSION_TOKEN ? { sessionToken: env.AWS_SESSION_TOKEN } : {}),
        }
      : undefined;
  return new Route53Provider({
    client: createRoute53Client({
      region: config.region,
      ...(endpoint ? { endpoint } : {}),
      ...(credentials ? { credentials } : {}),
    }),
    privateZones: config['private-zones'],
    aliasDefault: config.alias,
    evaluateTargetHealth: config['evaluate-target-health'],
    waitForInsync: config['wait-for-insync'],
    log: ctx.log,
  });
}
