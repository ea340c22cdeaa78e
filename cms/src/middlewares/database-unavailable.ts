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

const isUnauthorized = (error: unknown) =>
  (error as { status?: number; name?: string })?.status === 401 ||
  (error as { name?: string })?.name === 'UnauthorizedError';

/**
 * While PostgreSQL restarts, a request fails fast with 503, a clear body and Retry-After
 * instead of a bare 500 (docs/fault-campaign.md); the pool reconnects on its own afterwards.
 * users-permissions turns any error while authenticating into 401, which would sign the portal
 * out: a 401 is checked against the database (one `select 1`, only on 401s) and becomes 503 when
 * the database is what failed. Sits just inside strapi::errors; other errors keep their handling.
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
      if (isUnauthorized(error) && (await databaseAway(strapi))) return unavailable();
      throw error;
    }
    if (ctx.status === 401 && (await databaseAway(strapi))) unavailable();
  };
