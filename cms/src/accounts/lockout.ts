import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { fieldError } from '../errors';
import { postgresLimiter } from '../verification/limits';

/**
 * Password sign-in lockout per account (issue 10), counted in PostgreSQL so every cms instance
 * shares it. Two counters, each over LOGIN_WINDOW_MINUTES:
 * - the account from one client IP (LOGIN_FAILURES_PER_ACCOUNT_IP, 5): someone guessing from one
 *   address locks only that address out of the account, not the liaison at the office;
 * - the account from everywhere (LOGIN_FAILURES_PER_ACCOUNT, 20): guessing spread over many
 *   addresses locks password sign-in for the account.
 * A lock lasts LOGIN_LOCK_MINUTES or until a code sent to the account's verified mobile or email
 * signs it in (sign-in by code is never locked by password failures), which clears both.
 */
type Limiter = Awaited<ReturnType<typeof postgresLimiter>>;
interface Counter {
  limiter: Limiter;
  points: number;
  key: (account: string, ip: string) => string;
}
const made = new WeakMap<Core.Strapi, Promise<Counter[]>>();
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const lockSeconds = () => env('LOGIN_LOCK_MINUTES', 15) * 60;

function countersOf(strapi: Core.Strapi) {
  let counters = made.get(strapi);
  if (!counters) {
    const window = env('LOGIN_WINDOW_MINUTES', 15) * 60;
    const counter = async (
      prefix: string,
      points: number,
      key: Counter['key'],
    ): Promise<Counter> => ({
      limiter: await postgresLimiter(strapi, prefix, points, window),
      points,
      key,
    });
    counters = Promise.all([
      counter('login-account-ip', env('LOGIN_FAILURES_PER_ACCOUNT_IP', 5), (a, ip) => `${a}|${ip}`),
      counter('login-account', env('LOGIN_FAILURES_PER_ACCOUNT', 20), (a) => a),
    ]);
    made.set(strapi, counters);
  }
  return counters;
}

/** The key an account is counted under: its id, or the name tried when no account has it. */
export const accountKey = (userId: number | undefined, identifier: string) =>
  userId ? `user:${userId}` : `name:${identifier.trim().toLowerCase()}`;

/** 429 saying the account is locked for password sign-in and how to unlock it. */
export function lockedError(retryAfter: number) {
  const minutes = Math.max(1, Math.ceil(retryAfter / 60));
  const zh = `密码错误次数过多，该账号已暂停密码登录（约 ${minutes} 分钟后恢复）。请使用“验证码登录”：验证码发送至账号已验证的手机或邮箱，登录后即解锁。`;
  const en = `Too many wrong passwords: password sign-in is locked for this account (about ${minutes} min). Sign in with a code sent to the account's verified mobile or email; that unlocks it.`;
  return new errors.RateLimitError(en, {
    retryAfter,
    errors: [fieldError('identifier', 'accountLocked', zh, en)],
  });
}

/** Seconds until password sign-in opens again for the account from `ip`, or 0 when open. */
export async function lockedFor(strapi: Core.Strapi, account: string, ip: string) {
  let longest = 0;
  for (const { limiter, points, key } of await countersOf(strapi)) {
    const state = await limiter.get(key(account, ip));
    if (state && state.consumedPoints >= points)
      longest = Math.max(longest, Math.ceil(state.msBeforeNext / 1000));
  }
  return longest;
}

/** Counts a failed password; answers the lock's length when this failure locked the account. */
export async function countFailure(strapi: Core.Strapi, account: string, ip: string) {
  let locked = 0;
  for (const { limiter, points, key } of await countersOf(strapi)) {
    const counted = key(account, ip);
    try {
      const state = await limiter.consume(counted);
      if (state.consumedPoints >= points) {
        await limiter.block(counted, lockSeconds());
        locked = Math.max(locked, lockSeconds());
      }
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      locked = Math.max(locked, Math.ceil(error.msBeforeNext / 1000));
    }
  }
  return locked;
}

/** A successful sign-in from `ip` (by password or code): its counters start again. */
export async function clearFailures(strapi: Core.Strapi, account: string, ip: string) {
  for (const { limiter, key } of await countersOf(strapi)) await limiter.delete(key(account, ip));
}
