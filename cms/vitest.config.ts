import { defineConfig } from 'vitest/config';

// Integration tests: the compiled cms (run `npm run build -w @pvis/cms` first; `npm test` does)
// booted in-process against real PostgreSQL. Each file gets its own database copied from a
// seeded template, so files run in parallel.
export default defineConfig({
  test: {
    name: 'cms',
    root: __dirname,
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
  },
});
