import { PASSWORD_MAX_LENGTH } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { fieldError, invalidFields } from '../errors';
import { type Channel, checkTarget } from '../verification/codes';
import { accountProvedByCode } from './by-code';
import { accountKey, clearFailures, countFailure, lockedError, lockedFor } from './lockout';
import { logSignIn } from './sign-in-log';
import { issueToken } from './tokens';

const USER = 'plugin::users-permissions.user';

interface Account {
  id: number;
  password?: string | null;
  blocked?: boolean | null;
  confirmed?: boolean | null;
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const bodyOf = (ctx: Context) => (ctx.request.body ?? {}) as Record<string, unknown>;
const clientOf = (ctx: Context) => ({
  ip: ctx.request.ip,
  userAgent: String(ctx.request.header['user-agent'] ?? ''),
});

const wrongCredentials = () =>
  invalidFields([
    fieldError(
      'identifier',
      'invalidCredentials',
      '账号或密码错误',
      'Invalid identifier or password',
    ),
  ]);

/** What the portal gets on sign-in: the plugin's `{ jwt, user }`, the user sanitized as it does. */
async function signedIn(strapi: Core.Strapi, ctx: Context, user: Account) {
  const output = await strapi.contentAPI.sanitize.output(user, strapi.getModel(USER), {
    auth: ctx.state.auth,
  });
  ctx.body = { jwt: await issueToken(strapi, user.id), user: output };
}

/** The users-permissions refusals for accounts that may not sign in at all. */
async function refuseUnusable(strapi: Core.Strapi, user: Account) {
  const advanced = (await strapi
    .store({ type: 'plugin', name: 'users-permissions' })
    .get({ key: 'advanced' })) as { email_confirmation?: boolean } | null;
  if (advanced?.email_confirmation && user.confirmed !== true)
    throw new errors.ApplicationError('Your account email is not confirmed');
  if (user.blocked === true)
    throw new errors.ApplicationError('Your account has been blocked by an administrator');
}

/**
 * POST /api/auth/local — password sign-in, in place of the plugin's: the per-account lockout
 * (lockout.ts) is checked before the password is, every attempt on an account is written to its
 * sign-in log, and the JWT carries the account's token version (tokens.ts).
 */
export async function signInWithPassword(strapi: Core.Strapi, ctx: Context) {
  const body = bodyOf(ctx);
  const identifier = text(body.identifier);
  const password = typeof body.password === 'string' ? body.password : '';
  const problems = [
    ...(identifier && identifier.length <= 200
      ? []
      : [fieldError('identifier', 'required', '请输入账号', 'Enter your account')]),
    ...(password && password.length <= PASSWORD_MAX_LENGTH
      ? []
      : [fieldError('password', 'required', '请输入密码', 'Enter your password')]),
  ];
  if (problems.length > 0) throw invalidFields(problems);
  const client = clientOf(ctx);
  const user = (await strapi.db.query(USER).findOne({
    where: {
      provider: 'local',
      $or: [{ email: identifier.toLowerCase() }, { username: { $eqi: identifier } }],
    },
  })) as Account | null;
  const account = accountKey(user?.id, identifier);
  const locked = await lockedFor(strapi, account, client.ip);
  if (locked > 0) {
    if (user)
      await logSignIn(strapi, {
        userId: user.id,
        method: 'password',
        succeeded: false,
        reason: 'locked',
        ...client,
      });
    throw lockedError(locked);
  }
  const valid =
    !!user?.password &&
    (await strapi
      .plugin('users-permissions')
      .service('user')
      .validatePassword(password, user.password));
  if (!user || !valid) {
    const lockedNow = await countFailure(strapi, account, client.ip);
    if (user)
      await logSignIn(strapi, {
        userId: user.id,
        method: 'password',
        succeeded: false,
        reason: 'wrongPassword',
        ...client,
      });
    throw lockedNow > 0 ? lockedError(lockedNow) : wrongCredentials();
  }
  await refuseUnusable(strapi, user);
  await clearFailures(strapi, account, client.ip);
  await logSignIn(strapi, { userId: user.id, method: 'password', succeeded: true, ...client });
  await signedIn(strapi, ctx, user);
}

/**
 * POST /api/auth/sign-in-by-code — `{ channel, target, code }`: a code sent (purpose `signIn`) to
 * the account's verified mobile or email signs it in and lifts a password lockout. Password
 * failures never block it, so nobody can lock a liaison out by guessing.
 */
export async function signInWithCode(strapi: Core.Strapi, ctx: Context) {
  const body = ((ctx.request.body as { data?: unknown })?.data ?? {}) as Record<string, unknown>;
  const targetProblem = checkTarget(body.channel, body.target);
  if (targetProblem) throw invalidFields([targetProblem]);
  const user = await accountProvedByCode<Account>(strapi, {
    channel: body.channel as Channel,
    target: text(body.target),
    purpose: 'signIn',
    code: body.code,
    ip: ctx.request.ip,
  });
  await refuseUnusable(strapi, user);
  const client = clientOf(ctx);
  await clearFailures(strapi, accountKey(user.id, ''), client.ip);
  await logSignIn(strapi, { userId: user.id, method: 'code', succeeded: true, ...client });
  await signedIn(strapi, ctx, user);
}
