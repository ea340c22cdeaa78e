import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const cmsUrl = process.env.CMS_URL ?? 'http://127.0.0.1:1337';
const proxy = {
  '/api': { target: cmsUrl, changeOrigin: true },
  '/uploads': { target: cmsUrl, changeOrigin: true },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: {
      '@pvis/config': fileURLToPath(new URL('../config/src/index.ts', import.meta.url)),
    },
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { port: 4173, strictPort: true, proxy },
  build: {
    // Rollup splits by dynamic import: each page, the chart library, the spreadsheet reader and
    // the QR code maker load with the page that uses them (npm run bench bundle measures it).
    chunkSizeWarningLimit: 600,
    rollupOptions: {
      output: {
        // The division data set (express addresses), fetched on demand, under a name of its own.
        manualChunks: (id) => (id.includes('@vant/area-data') ? 'china-divisions' : undefined),
      },
      treeshake: {
        // A CommonJS package counts as having side effects, so the CSV parser behind Refine's
        // unused import/export hooks stayed in the first chunk; it has none on load. Nor has
        // @pvis/config (its one load-time effect, dayjs's zone plugins, sits in the module that
        // uses them): without this, a page importing one vocabulary got every schema, zod and
        // the phone number metadata through the package's index.
        moduleSideEffects: (id) =>
          !/node_modules[\\/]papaparse[\\/]|[\\/]config[\\/]src[\\/]/.test(id),
      },
    },
  },
});
