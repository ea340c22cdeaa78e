import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@pvis/config': fileURLToPath(new URL('../config/src/index.ts', import.meta.url)),
    },
  },
  test: {
    name: 'portal',
    root: fileURLToPath(new URL('.', import.meta.url)),
    environment: 'jsdom',
    // server/: the production static server, tested over real HTTP (node environment per file).
    include: ['src/**/*.test.{ts,tsx}', 'server/**/*.test.ts'],
    setupFiles: ['./src/test/setup.ts'],
    server: { deps: { inline: ['@refinedev/react-router'] } },
    testTimeout: 20000,
  },
});
