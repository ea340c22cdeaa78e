import type { Core } from '@strapi/strapi';
import { fieldError, invalidFields } from '../errors';
import { accountKey, countFailure, lockedError, lockedFor } from './lockout';

const USER = 'plugin::users-permissions.user';

/**
 * Sensitive changes (password, mobile, email, handover) ask for the current password even with a
 * valid session; wrong entries count towards the same lockout as sign-in, so a stolen session
 * cannot be used to guess it.
 */
export async function requireCurrentPassword(
  strapi: Core.Strapi,
  request: { userId: number; given: unknown; ip: string },
) {
  const account = accountKey(request.userId, '');
  const locked = await lockedFor(strapi, account, request.ip);
  if (locked > 0) throw lockedError(locked);
  const user = (await strapi.db.query(USER).findOne({
    where: { id: request.userId },
    select: ['id', 'password'],
  })) as { password?: string | null } | null;
  const given = typeof request.given === 'string' ? request.given : '';
  const valid =
    !!given &&
    !!user?.password &&
    (await strapi
      .plugin('users-permissions')
      .service('user')
      .validatePassword(given, user.password));
  if (valid) return;
  const lockedNow = await countFailure(strapi, account, request.ip);
  if (lockedNow > 0) throw lockedError(lockedNow);
  throw invalidFields([
    fieldError(
      'currentPassword',
      'wrongPassword',
      '当前密码不正确',
      'The current password is wrong',
    ),
  ]);
}
