// @vitest-environment node
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM JavaScript without declarations, run by node in production
import { precompress } from './precompress.js';
// @ts-expect-error plain ESM JavaScript without declarations, run by node in production
import { startPortalServer } from './serve.js';

/** The production static server over real HTTP: a built portal in a folder, a stand-in cms. */
let root: string;
let portal: http.Server;
let cms: http.Server;
let portalUrl: string;
let cmsOrigin: string;
const seen: { method?: string; url?: string; body: string; forwardedFor?: string }[] = [];
const bigScript = `console.log(${JSON.stringify('专业观众'.repeat(2000))});`;

const listening = (server: http.Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-dist-'));
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><div id="root"></div>');
  fs.writeFileSync(path.join(root, 'assets', 'index-abc123.js'), bigScript);
  fs.writeFileSync(
    path.join(root, 'assets', 'antd-def456.css'),
    `.a{color:red}${' '.repeat(4096)}`,
  );
  precompress(path.join(root, 'assets'));
  // Written after the build step: compressed per request.
  fs.writeFileSync(path.join(root, 'assets', 'late-789.js'), bigScript);
  cms = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      seen.push({
        method: request.method,
        url: request.url,
        body,
        forwardedFor: request.headers['x-forwarded-for'] as string | undefined,
      });
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ data: { echoed: body } }));
    });
  });
  cmsOrigin = `http://127.0.0.1:${await listening(cms)}`;
  portal = await startPortalServer({ port: 0, root, cmsUrl: cmsOrigin, hsts: true });
  portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => portal?.close(resolve));
  await new Promise((resolve) => cms?.close(resolve));
  fs.rmSync(root, { recursive: true, force: true });
});

const page = (url: string, headers: Record<string, string> = {}) =>
  fetch(`${portalUrl}${url}`, { headers: { accept: 'text/html', ...headers } });

describe('the portal static server', () => {
  it('sends the security headers on every page', async () => {
    const response = await page('/');
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('answers a deep link with the app, headers included', async () => {
    const response = await page('/visitor/orders/abc123');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    expect(await response.text()).toContain('<div id="root">');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lets only the cms frame the public content pages (the admin preview)', async () => {
    const response = await page('/services/news/abc?preview=token');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain(
      `frame-ancestors 'self' ${cmsOrigin}`,
    );
    expect(response.headers.get('x-frame-options')).toBeNull();
  });

  it('answers a deep link with a dot in it (a signed colleague link) with the app', async () => {
    const response = await page('/join/eyJvIjoiYWJjIn0.c2lnbmF0dXJl');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<div id="root">');
  });

  it('answers a missing file 404 rather than the app', async () => {
    expect((await fetch(`${portalUrl}/assets/missing-000.js`)).status).toBe(404);
  });

  it('caches hashed assets for a year, compressed, and revalidates the page', async () => {
    const asset = await fetch(`${portalUrl}/assets/index-abc123.js`, {
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toMatch(/javascript/);
    // The build's Brotli copy, sent as it is.
    expect(asset.headers.get('content-encoding')).toBe('br');
    expect(await asset.text()).toBe(bigScript);
    const late = await fetch(`${portalUrl}/assets/late-789.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(late.headers.get('content-encoding')).toBe('gzip');
    expect(await late.text()).toBe(bigScript);
    expect((await page('/')).headers.get('cache-control')).toBe('no-cache');
  });

  it('passes /api to the cms as it came, status and body', async () => {
    const response = await fetch(`${portalUrl}/api/badge-orders?x=1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ data: { method: 'alipay' } }),
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ data: { echoed: '{"data":{"method":"alipay"}}' } });
    expect(seen.at(-1)).toMatchObject({
      method: 'POST',
      url: '/api/badge-orders?x=1',
      forwardedFor: expect.stringContaining('127.0.0.1'),
    });
  });

  it('answers 502 when the cms is down', async () => {
    const down = await startPortalServer({
      port: 0,
      root,
      cmsUrl: 'http://127.0.0.1:9',
      hsts: false,
    });
    try {
      const { port } = down.address() as AddressInfo;
      const response = await fetch(`http://127.0.0.1:${port}/api/news-items`);
      expect(response.status).toBe(502);
      expect(response.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await new Promise((resolve) => down.close(resolve));
    }
  });
});
