import { ensurePowerDnsInstalled } from './powerdns-install.js';

/**
 * Vitest globalSetup: installs PowerDNS once, before any worker starts, so test files that start
 * their own server (test/support/powerdns-server.ts) do not race each other on apt.
 */
export default async function setup(): Promise<void> {
  await ensurePowerDnsInstalled();
}
