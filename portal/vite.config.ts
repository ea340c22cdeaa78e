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
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // Long-lived vendor chunks: a portal release re-downloads only its own code.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          // The division data set (express addresses): its own chunk, fetched on demand.
          if (id.includes('@vant/area-data')) return 'china-divisions';
          if (/[\\/](antd|@ant-design|rc-[^\\/]+|@rc-component)[\\/]/.test(id)) return 'antd';
          if (/[\\/](@refinedev|@tanstack)[\\/]/.test(id)) return 'refine';
          return 'vendor';
        },
      },
    },
  },
});
