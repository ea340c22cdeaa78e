import { checkSentFields, newPassword, passwordConfirmation, roleType } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { issueToken, revokeTokens } from '../accounts/tokens';
import { type FieldError, fieldError } from '../errors';
import { fieldErrorsOf } from '../http/request-schema';

const USER = 'plugin::users-permissions.user';

/**
 * The password rule of portal accounts (config's newPassword), with the repeat checked when one
 * is sent.
 */
export function passwordProblems(password: unknown, confirmation?: unknown): FieldError[] {
  const rules = { password: newPassword, passwordConfirmation: passwordConfirmation(password) };
  const sent =
    confirmation === undefined ? { password } : { password, passwordConfirmation: confirmation };
  return fieldErrorsOf(checkSentFields(rules, sent).problems);
}

export const findUser = async (strapi: Core.Strapi, filters: Record<string, unknown>) =>
  (await strapi
    .documents(USER)
    .findFirst({ filters, populate: { organization: { fields: ['editionNumber'] } } })) as
    | ({ id: number; documentId: string; username: string; email: string } & {
        organization?: { documentId: string; editionNumber: number } | null;
      })
    | null;

export async function liaisonRoleId(strapi: Core.Strapi) {
  const role = await strapi
    .documents('plugin::users-permissions.role')
    .findFirst({ filters: { type: roleType.liaison } });
  return role?.id as number;
}

/** Creates a liaison account (the plugin's service hashes the password). */
export async function createLiaison(
  strapi: Core.Strapi,
  account: {
    username: string;
    email: string;
    password: string;
    mobile?: string;
    organization: string;
    locale?: string;
  },
) {
  const user = await strapi
    .plugin('users-permissions')
    .service('user')
    .add({
      username: account.username,
      email: account.email.toLowerCase(),
      password: account.password,
      provider: 'local',
      confirmed: true,
      blocked: false,
      role: await liaisonRoleId(strapi),
      mobile: account.mobile,
      preferredLocale: account.locale === 'en' ? 'en' : 'zh-CN',
    });
  await linkOrganization(strapi, user.documentId, account.organization);
  return user as { id: number; documentId: string };
}

export async function linkOrganization(
  strapi: Core.Strapi,
  userDocumentId: string,
  organization: string,
) {
  await strapi.documents(USER).update({ documentId: userDocumentId, data: { organization } });
}

/** A new password revokes every token issued before it (issue 10). */
export async function setPassword(strapi: Core.Strapi, userId: number, password: string) {
  await strapi.plugin('users-permissions').service('user').edit(userId, { password });
  await revokeTokens(strapi, userId);
}

/** What the portal receives after an account step: a JWT and the public part of the user. */
export async function session(strapi: Core.Strapi, userId: number) {
  const user = await strapi.documents(USER).findFirst({
    filters: { id: userId },
    fields: ['username', 'email', 'displayName', 'preferredLocale'],
  });
  return { jwt: await issueToken(strapi, userId), user };
}

export const duplicateAccount = (field: string): FieldError =>
  fieldError(
    field,
    'alreadyRegistered',
    '该账号已注册，请通过“往届专业观众”登录或找回密码',
    'This account exists: log in as a returning organization or reset the password',
  );
