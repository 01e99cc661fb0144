import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Installs PowerDNS from apt once, before any worker starts, when it is missing.
    globalSetup: ['test/support/powerdns-global-setup.ts'],
  },
});
