import { GitopsDnsError } from '../../errors.js';
import type { Provider, ProviderContext } from '../provider.js';
import { CloudflareProvider } from './cloudflare-provider.js';

export { CloudflareProvider } from './cloudflare-provider.js';

/** The `provider:` section of the config for Cloudflare (see src/config/schema.ts). */
export interface CloudflareConfig {
  type: 'cloudflare';
  proxied: boolean;
  'batch-size': number;
  'page-size': number;
}

/** Builds the Cloudflare provider from its config section; the token comes from the environment only. */
export function createProvider(config: CloudflareConfig, ctx: ProviderContext): Provider {
  const apiToken = ctx.env.CLOUDFLARE_API_TOKEN?.trim();
  if (!apiToken) {
    throw new GitopsDnsError(
      'config',
      'provider.type is cloudflare but CLOUDFLARE_API_TOKEN is not set; create an API token with Zone:Read and DNS:Edit on the managed zones and pass it in that environment variable',
    );
  }
  const baseURL = ctx.env.CLOUDFLARE_BASE_URL?.trim();
  return new CloudflareProvider({
    apiToken,
    ...(baseURL ? { baseURL } : {}),
    proxiedDefault: config.proxied,
    batchSize: config['batch-size'],
    pageSize: config['page-size'],
    log: ctx.log,
  });
}
