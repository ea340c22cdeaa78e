/**
 * Errors that mean "PostgreSQL is not reachable right now" (restart, failover, network), not a
 * bug: connection refused or reset, sessions terminated by a shutdown (SQLSTATE class 08 and
 * 57P01–57P03), a pool that cannot hand out a connection.
 */
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
const SQLSTATES = /^(08\d{3}|57P0[123])$/;
const MESSAGES =
  /Connection terminated|connection error and is not queryable|Timeout acquiring a connection|terminating connection due to administrator command|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const { code, message, cause, name } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    name?: unknown;
  };
  if (typeof code === 'string' && (NODE_CODES.has(code) || SQLSTATES.test(code))) return true;
  if (name === 'KnexTimeoutError') return true;
  if (typeof message === 'string' && MESSAGES.test(message)) return true;
  // AggregateError (several addresses refused) and wrapped errors.
  const nested = (error as { errors?: unknown[] }).errors ?? [];
  return [cause, ...nested].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

/** The 503 body: Strapi's error shape, in both languages, with when to try again. */
export const databaseUnavailableBody = {
  data: null,
  error: {
    status: 503,
    name: 'ServiceUnavailableError',
    message: 'The service is briefly unavailable (database). Please try again in a few seconds.',
    details: {
      code: 'databaseUnavailable',
      zh: '系统暂时无法访问数据库，请稍后几秒重试。',
      en: 'The service is briefly unavailable (database). Please try again in a few seconds.',
    },
  },
};
