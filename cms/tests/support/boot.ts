import { createRequire } from 'node:module';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

// The ESM build of @strapi/strapi fails under vitest (lodash/fp); the CommonJS one works.
const requireCommonJs = createRequire(
  __filename.endsWith('.ts') ? __filename : `${__dirname}/boot.ts`,
);
const cmsDir = path.resolve(__dirname, '..', '..');

export const testSecrets = {
  APP_KEYS: 'test-key-1,test-key-2',
  API_TOKEN_SALT: 'test-api-token-salt',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  JWT_SECRET: 'test-jwt-secret',
  ENCRYPTION_KEY: 'test-encryption-key-0123456789',
  ID_NUMBER_HASH_KEY: 'test-id-number-hash-key-0123456789',
  STRAPI_TELEMETRY_DISABLED: 'true',
  SERVE_ADMIN_PANEL: 'false',
  LOG_LEVEL: 'error',
  AUTH_RATELIMIT: 'false',
  // Every test file sends codes from 127.0.0.1; the per-IP limits get their own test.
  CODE_IP_PER_MINUTE: '100000',
  CODE_IP_PER_DAY: '100000',
  JOB_POLLING_SECONDS: '0.5',
  JOB_RETRY_DELAY_SECONDS: '1',
  JOB_RETRY_BACKOFF: 'false',
  // The seeded 7th edition is past its retention period: no nightly anonymising under a test.
  RETENTION_CRON: 'off',
};

/**
 * Loads the compiled cms (cms/dist) against `databaseUrl` in this process, mounted but not
 * listening: tests drive `strapi.server.httpServer` with supertest.
 */
export async function bootStrapi(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<Core.Strapi> {
  Object.assign(process.env, testSecrets, env, { DATABASE_URL: databaseUrl });
  const { createStrapi } = requireCommonJs('@strapi/strapi') as typeof import('@strapi/strapi');
  const app = await createStrapi({
    appDir: cmsDir,
    distDir: path.join(cmsDir, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  }).load();
  app.server.mount();
  return app;
}

/** strapi.destroy() calls process.removeAllListeners(), which would cut vitest's worker channel. */
export async function destroyStrapi(app: Core.Strapi) {
  const removeAll = process.removeAllListeners;
  process.removeAllListeners = (() => process) as typeof process.removeAllListeners;
  try {
    await app.destroy();
  } finally {
    process.removeAllListeners = removeAll;
  }
}
