import type { ProviderConfig } from '../config/schema.js';
import type { Provider, ProviderContext } from './provider.js';

/**
 * The provider factory: one line per provider. Each provider is imported only when it is used,
 * so the Action's cold start does not pay for SDKs it does not need.
 */
export async function createProvider(config: ProviderConfig, ctx: ProviderContext): Promise<Provider> {
  switch (config.type) {
    case 'zonefile':
      return (await import('./zonefile/index.js')).createProvider(config, ctx);
    case 'powerdns':
      return (await import('./powerdns/index.js')).createProvider(config, ctx);
    case 'cloudflare':
      return (await import('./cloudflare/index.js')).createProvider(config, ctx);
    case 'route53':
      return (await import('./route53/index.js')).createProvider(config, ctx);
  }
}
