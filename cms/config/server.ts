import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_URL', ''),
  app: { keys: env.array('APP_KEYS', []) },
  // Behind a load balancer, per-IP limits (codes, sign-in lockout) need the client's address:
  // TRUST_PROXY=true reads the last PROXY_HOPS addresses of X-Forwarded-For (the ones our proxies added).
  proxy: { koa: env.bool('TRUST_PROXY', false), maxIpsCount: env.int('PROXY_HOPS', 1) },
  // No phoning home: the machines this runs on have no internet, and operators asked for none.
  logger: {
    updates: { enabled: false },
    startup: { enabled: env.bool('STRAPI_STARTUP_BANNER', false) },
  },
});

export default config;
