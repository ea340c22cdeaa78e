import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'config',
    root: __dirname,
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
