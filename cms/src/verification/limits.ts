import type { Core } from '@strapi/strapi';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Code sending limits (issue 3): one a minute and ten a day, per target (phone or email) and per
 * client IP. Counters live in PostgreSQL, so every cms instance shares them. The IP limits are
 * settable because a whole company may register from one office address.
 */
type Limiter = {
  key: 'target' | 'ip';
  limiter: RateLimiterPostgres;
  code: 'tooFrequent' | 'dailyLimit';
};
let limiters: Limiter[] | null = null;
let wrongEntries: RateLimiterPostgres | null = null;

/** A limiter whose counters live in PostgreSQL (shared by every cms instance). */
export function postgresLimiter(
  strapi: Core.Strapi,
  keyPrefix: string,
  points: number,
  duration: number,
) {
  return new Promise<RateLimiterPostgres>((resolve, reject) => {
    const limiter = new RateLimiterPostgres(
      {
        storeClient: strapi.db.connection,
        storeType: 'knex',
        tableName: 'rate_limits',
        keyPrefix,
        points,
        duration,
      },
      (error?: Error) => (error ? reject(error) : resolve(limiter)),
    );
  });
}

export async function startLimits(strapi: Core.Strapi) {
  const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
  limiters = [
    {
      key: 'target',
      code: 'tooFrequent',
      limiter: await postgresLimiter(
        strapi,
        'code-target-minute',
        env('CODE_TARGET_PER_MINUTE', 1),
        60,
      ),
    },
    {
      key: 'target',
      code: 'dailyLimit',
      limiter: await postgresLimiter(
        strapi,
        'code-target-day',
        env('CODE_TARGET_PER_DAY', 10),
        86_400,
      ),
    },
    {
      key: 'ip',
      code: 'tooFrequent',
      limiter: await postgresLimiter(strapi, 'code-ip-minute', env('CODE_IP_PER_MINUTE', 1), 60),
    },
    {
      key: 'ip',
      code: 'dailyLimit',
      limiter: await postgresLimiter(strapi, 'code-ip-day', env('CODE_IP_PER_DAY', 10), 86_400),
    },
  ];
  wrongEntries = await postgresLimiter(
    strapi,
    'code-wrong-ip-hour',
    env('CODE_WRONG_PER_IP_PER_HOUR', 10),
    3600,
  );
}

/**
 * Wrong codes entered from an address other than the one that asked for the code: they do not
 * void that code (someone else must not be able to spoil a liaison's sign-in code), so they are
 * limited per address instead. Answers the seconds to wait when the address is over its limit.
 */
export async function consumeWrongEntry(ip: string, dryRun = false) {
  if (!wrongEntries) throw new Error('code limits not started');
  if (dryRun) {
    const state = await wrongEntries.get(ip);
    return state && state.remainingPoints <= 0 ? Math.ceil(state.msBeforeNext / 1000) : 0;
  }
  try {
    await wrongEntries.consume(ip);
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.ceil(error.msBeforeNext / 1000);
    throw error;
  }
}

/** Consumes one send for the target and the IP; the first limit reached is reported. */
export async function consumeSend(target: string, ip: string) {
  if (!limiters) throw new Error('code limits not started');
  for (const { key, limiter, code } of limiters) {
    try {
      await limiter.consume(key === 'target' ? target : ip);
    } catch (error) {
      if (error instanceof RateLimiterRes)
        return { code, retryAfter: Math.ceil(error.msBeforeNext / 1000) };
      throw error;
    }
  }
  return null;
}
