import { defineConfig } from 'vitest/config';

// Browser journeys: Playwright (playwright-core) driving Debian's Chromium against the real
// started system (cms + built portal + PostgreSQL). One system for the whole run.
export default defineConfig({
  test: {
    name: 'e2e',
    root: __dirname,
    include: ['**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    globalSetup: ['./support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
