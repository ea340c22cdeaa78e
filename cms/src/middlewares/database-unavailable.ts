import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { databaseUnavailableBody, isDatabaseUnavailable } from '../http/database-unavailable';

/** True when PostgreSQL does not answer a trivial query right now. */
async function databaseAway(strapi: Core.Strapi) {
  try {
    await strapi.db.connection.raw('select 1');
    return false;
  } catch (error) {
    return isDatabaseUnavailable(error);
  }
}

/** Errors that would become 500 (no status of their own) or 401 (see below). */
const worthChecking = (error: unknown) => {
  const { status, name } = (error ?? {}) as { status?: number; name?: string };
  return status === undefined || status >= 500 || status === 401 || name === 'UnauthorizedError';
};

/**
 * While PostgreSQL restarts, a request fails fast with 503, a clear body and Retry-After
 * instead of a bare 500 (docs/fault-campaign.md); the pool reconnects on its own afterwards.
 * users-permissions turns any error while authenticating into 401, which would sign the portal
 * out. So a 401, or an error that would be a 500, is checked against the database (one
 * `select 1`, only on those) and becomes 503 when the database is what failed. Sits just
 * inside strapi::errors; every other error keeps Strapi's handling.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: Next) => {
    const unavailable = () => {
      ctx.status = 503;
      ctx.set('Retry-After', '5');
      ctx.body = databaseUnavailableBody;
    };
    try {
      await next();
    } catch (error) {
      if (isDatabaseUnavailable(error)) return unavailable();
      // A query after the database dropped the transaction's connection fails as "Transaction
      // query already complete"; whatever the symptom, a down database makes it a 503.
      if (worthChecking(error) && (await databaseAway(strapi))) return unavailable();
      throw error;
    }
    if (ctx.status === 401 && (await databaseAway(strapi))) unavailable();
  };
