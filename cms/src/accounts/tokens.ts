import type { Core } from '@strapi/strapi';
import { clearExpiringMaps } from '../access/expiring-map';

const USER = 'plugin::users-permissions.user';

/** What our JWTs carry: the account and its token version when the token was issued. */
export interface TokenPayload {
  id?: number;
  tv?: number;
}

/** A token counts only while it carries the account's current version (tokens before 10 carry none). */
export const isCurrentToken = (payload: TokenPayload, user: { tokenVersion?: number | null }) =>
  (payload.tv ?? 0) === (user.tokenVersion ?? 0);

const usersTable = (strapi: Core.Strapi) => strapi.db.metadata.get(USER).tableName;

/** A JWT for the account, stamped with its current token version. */
export async function issueToken(strapi: Core.Strapi, userId: number): Promise<string> {
  // In the caller's transaction when there is one (a version raised in it is seen here).
  const row = (await strapi.db.transaction(({ trx }) =>
    trx(usersTable(strapi)).where({ id: userId }).first('token_version'),
  )) as { token_version: number | null } | undefined;
  return strapi
    .plugin('users-permissions')
    .service('jwt')
    .issue({ id: userId, tv: row?.token_version ?? 0 });
}

/**
 * Revokes every JWT of the account (password change or reset, sign out everywhere, handover).
 * The version goes up in one statement, so two revocations at once both count; it joins the
 * caller's transaction if any (a separate connection would wait on that transaction's row lock).
 * The caches of this instance are emptied once it is committed; other instances notice within
 * AUTH_CACHE_MS.
 */
export async function revokeTokens(strapi: Core.Strapi, userId: number) {
  await strapi.db.transaction(async ({ trx, onCommit }) => {
    await trx(usersTable(strapi))
      .where({ id: userId })
      .update({ token_version: trx.raw('coalesce(token_version, 0) + 1') });
    onCommit(() => clearExpiringMaps());
  });
  clearExpiringMaps();
}
