// The built portal in production (issue 10, finding 9; docs/architecture.md): static files from dist/ with
// security headers, compression, long-lived caching of hashed assets, the history-API fallback
// for deep links, and /api and /uploads passed to the cms, so the app stays same-origin.
// `node portal/server/serve.js`; settings from the environment (docs/admin-and-web-security.md).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';
import Koa from 'koa';
import compress from 'koa-compress';
import serveStatic from 'koa-static';
import { proxyTo } from './proxy.js';
import { securityHeaders } from './security-headers.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * @param {{ root?: string, cmsUrl: string, hsts?: boolean }} options
 * @returns {Koa}
 */
export function portalApp({ root = path.join(here, '..', 'dist'), cmsUrl, hsts = true }) {
  const indexHtml = path.join(root, 'index.html');
  if (!fs.existsSync(indexHtml)) {
    throw new Error(`No built portal at ${root}: run \`npm run build -w @pvis/portal\` first.`);
  }
  const app = new Koa();
  app.proxy = process.env.TRUST_PROXY === 'true';
  const toCms = proxyTo(cmsUrl);
  app.use(securityHeaders({ cmsOrigin: new URL(cmsUrl).origin, hsts }));
  app.use(async (ctx, next) => {
    if (ctx.path.startsWith('/api/') || ctx.path.startsWith('/uploads/')) return toCms(ctx);
    return next();
  });
  // Brotli's default quality (11) takes seconds on the antd chunk; 5 is near gzip's speed, smaller.
  app.use(
    compress({
      threshold: 1024,
      br: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } },
    }),
  );
  // Vite names assets by content hash: cache them for a year; everything else is revalidated.
  app.use(async (ctx, next) => {
    await next();
    if (ctx.status === 200 && ctx.path.startsWith('/assets/')) {
      ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
    } else if (ctx.status === 200) {
      ctx.set('Cache-Control', 'no-cache');
    }
  });
  app.use(serveStatic(root, { index: 'index.html', maxage: 0, hidden: false }));
  // History-API fallback: a deep link (/visitor/orders/…) is the app's route, not a file. A
  // browser navigating asks for text/html by name; a missing script or image does not. The path
  // may well have a dot in it: a colleague link is /join/<payload>.<signature>.
  app.use(async (ctx) => {
    const wantsPage =
      (ctx.method === 'GET' || ctx.method === 'HEAD') &&
      !ctx.path.startsWith('/assets/') &&
      (ctx.get('Accept') ?? '').includes('text/html');
    if (!wantsPage) {
      ctx.status = 404;
      return;
    }
    ctx.type = 'html';
    ctx.body = fs.createReadStream(indexHtml);
  });
  return app;
}

/** Starts the server; resolves once it listens. */
export function startPortalServer({ port, host = '127.0.0.1', ...options }) {
  const server = http.createServer(portalApp(options).callback());
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const port = Number(process.env.PORTAL_PORT ?? 4173);
  const host = process.env.PORTAL_HOST ?? '127.0.0.1';
  const cmsUrl = process.env.CMS_URL ?? 'http://127.0.0.1:1337';
  const hsts = process.env.PORTAL_HSTS !== 'false';
  startPortalServer({ port, host, cmsUrl, hsts }).then(
    () => console.log(`portal: http://${host}:${port} (cms ${cmsUrl})`),
    (error) => {
      console.error(`portal: ${error.message}`);
      process.exit(1);
    },
  );
}
