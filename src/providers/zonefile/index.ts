import path from 'node:path';
import type { Provider, ProviderContext } from '../provider.js';
import { ZonefileProvider } from './zonefile-provider.js';

export { ZonefileProvider } from './zonefile-provider.js';

/** Builds the zone-file provider; `directory` is relative to the folder of the config file. */
export function createProvider(
  config: { type: 'zonefile'; directory: string },
  ctx: ProviderContext,
): Provider {
  return new ZonefileProvider({ directory: path.resolve(ctx.baseDir, config.directory) });
}
