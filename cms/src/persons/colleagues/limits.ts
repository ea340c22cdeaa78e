import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { fieldError } from '../../errors';
import { postgresLimiter } from '../../verification/limits';

/**
 * The public colleague pages are open to anyone holding a link, so each client IP may open and
 * submit only so often. Generous by default: a whole office registers from one address after
 * the liaison shows the QR code at a meeting.
 */
type Limiter = Awaited<ReturnType<typeof postgresLimiter>>;
const limiters = new WeakMap<Core.Strapi, Promise<Record<'open' | 'join', Limiter>>>();
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

const limitersOf = (strapi: Core.Strapi) => {
  let made = limiters.get(strapi);
  if (!made) {
    made = (async () => ({
      open: await postgresLimiter(
        strapi,
        'colleague-open',
        env('COLLEAGUE_OPEN_PER_IP_PER_HOUR', 600),
        3600,
      ),
      join: await postgresLimiter(
        strapi,
        'colleague-join',
        env('COLLEAGUE_JOIN_PER_IP_PER_HOUR', 60),
        3600,
      ),
    }))();
    limiters.set(strapi, made);
  }
  return made;
};

/** Counts one request of `kind` from `ip`; 429 with `retryAfter` seconds past the limit. */
export async function limitColleaguePage(strapi: Core.Strapi, kind: 'open' | 'join', ip: string) {
  const limiter = (await limitersOf(strapi))[kind];
  try {
    await limiter.consume(ip);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    const retryAfter = Math.ceil(error.msBeforeNext / 1000);
    const zh = `操作过于频繁，请 ${Math.ceil(retryAfter / 60)} 分钟后再试`;
    const en = `Too many attempts: try again in ${Math.ceil(retryAfter / 60)} min`;
    throw new errors.RateLimitError(en, {
      retryAfter,
      errors: [fieldError('token', 'tooFrequent', zh, en)],
    });
  }
}
