import { isStrongPassword, PASSWORD_MAX_LENGTH, roleType } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { issueToken, revokeTokens } from '../accounts/tokens';
import { type FieldError, fieldError } from '../errors';

const USER = 'plugin::users-permissions.user';

/** Password rule for portal accounts: at least 8 characters with letters and digits. */
export function passwordProblems(password: unknown, confirmation?: unknown): FieldError[] {
  const value = typeof password === 'string' ? password : '';
  const problems: FieldError[] = [];
  if (value.length > PASSWORD_MAX_LENGTH) {
    problems.push(
      fieldError(
        'password',
        'passwordTooLong',
        `密码最多${PASSWORD_MAX_LENGTH}位`,
        `At most ${PASSWORD_MAX_LENGTH} characters`,
      ),
    );
  } else if (!isStrongPassword(value)) {
    problems.push(
      fieldError(
        'password',
        'weakPassword',
        '密码至少8位，且须同时包含字母和数字',
        'At least 8 characters with letters and digits',
      ),
    );
  }
  if (confirmation !== undefined && confirmation !== password) {
    problems.push(
      fieldError(
        'passwordConfirmation',
        'passwordMismatch',
        '两次输入的密码不一致',
        'The passwords do not match',
      ),
    );
  }
  return problems;
}

export const findUser = async (strapi: Core.Strapi, filters: Record<string, unknown>) =>
  (await strapi
    .documents(USER)
    .findFirst({ filters, populate: { organization: { fields: ['editionNumber'] } } } as never)) as
    | ({ id: number; documentId: string; username: string; email: string } & {
        organization?: { documentId: string; editionNumber: number } | null;
      })
    | null;

export async function liaisonRoleId(strapi: Core.Strapi) {
  const role = await strapi
    .documents('plugin::users-permissions.role')
    .findFirst({ filters: { type: roleType.liaison } } as never);
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
  await strapi
    .documents(USER)
    .update({ documentId: userDocumentId, data: { organization } } as never);
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
  } as never);
  return { jwt: await issueToken(strapi, userId), user };
}

export const duplicateAccount = (field: string): FieldError =>
  fieldError(
    field,
    'alreadyRegistered',
    '该账号已注册，请通过“往届专业观众”登录或找回密码',
    'This account exists: log in as a returning organization or reset the password',
  );
