import { defineConfig } from 'vitest/config';

// `npm test` runs every project; `npx vitest run --project <name>` runs one.
export default defineConfig({
  test: {
    projects: [
      'config/vitest.config.ts',
      'portal/vitest.config.ts',
      'cms/vitest.config.ts',
      'portal/e2e/vitest.config.ts',
    ],
  },
});
