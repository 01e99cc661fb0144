import { GitopsDnsError } from '../../errors.js';
import type { Provider, ProviderContext } from '../provider.js';
import { PowerDnsProvider } from './powerdns-provider.js';

export { PowerDnsProvider, type PowerDnsProviderOptions } from './powerdns-provider.js';

/** Builds the PowerDNS provider from its config section; the API key only ever comes from the environment. */
export function createProvider(
  config: { type: 'powerdns'; url: string; server: string },
  ctx: ProviderContext,
): Provider {
  const apiKey = ctx.env.POWERDNS_API_KEY;
  if (!apiKey) {
    throw new GitopsDnsError(
      'config',
      'provider.type is powerdns but POWERDNS_API_KEY is not set: export the PowerDNS API key ' +
        '(pdns.conf "api-key") in POWERDNS_API_KEY',
    );
  }
  return new PowerDnsProvider({ url: config.url, server: config.server, apiKey });
}
