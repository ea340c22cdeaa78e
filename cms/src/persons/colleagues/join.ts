import { canCreate, genders, machines, roleType } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import {
  conflict,
  constraintError,
  type FieldError,
  fieldError,
  invalidFields,
  isConstraintViolation,
} from '../../errors';
import { passwordProblems } from '../../registration/accounts';
import { admissionFor, personProblems, stampsForNewPersons } from '../admission';
import type { ColleagueInvitation } from './link';

const USER = 'plugin::users-permissions.user';
/** What a colleague fills in about themself; everything else is the server's. */
export const COLLEAGUE_FIELDS = [
  'name',
  'gender',
  'regionType',
  'idType',
  'idNumber',
  'position',
  'mobile',
  'email',
] as const;
const ACCOUNT_FIELDS = ['password', 'passwordConfirmation'];

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : value);

function colleagueProblems(data: Record<string, unknown>): FieldError[] {
  const problems: FieldError[] = Object.keys(data)
    .filter((key) => !(COLLEAGUE_FIELDS as readonly string[]).includes(key))
    .filter((key) => !ACCOUNT_FIELDS.includes(key))
    .map((key) =>
      fieldError(
        key,
        'fieldNotWritable',
        `不能填写此字段：${key}`,
        `This field cannot be set: ${key}`,
      ),
    );
  if (!genders.some((g) => g.code === data.gender))
    problems.push(fieldError('gender', 'required', '请选择性别', 'Choose the gender'));
  // The mobile number is the colleague's account name.
  if (!data.mobile)
    problems.push(fieldError('mobile', 'required', '请填写手机号码', 'Enter the mobile number'));
  return problems;
}

const duplicateAccount = (field: 'mobile' | 'email') =>
  fieldError(
    field,
    'alreadyRegistered',
    field === 'mobile' ? '该手机号码已注册账号，请直接登录' : '该邮箱已注册账号，请直接登录',
    field === 'mobile'
      ? 'An account uses this mobile number: log in instead'
      : 'An account uses this email: log in instead',
  );

/** A unique index refused the row: the account's name or email, or the person itself. */
function refusal(error: { code: string; constraint?: string }) {
  if (error.constraint === 'up_users__username__unique')
    return conflict([duplicateAccount('mobile')]);
  if (error.constraint === 'up_users__email__unique') return conflict([duplicateAccount('email')]);
  return constraintError(error);
}

/**
 * A colleague registers themself through the organization's link: the person, in `toConfirm`
 * for the liaison, and a `colleague` account (mobile + password) that sees only that person.
 * Same admission rules as the liaison's form; one transaction, so bad input writes nothing.
 */
export async function joinThroughLink(
  strapi: Core.Strapi,
  invitation: ColleagueInvitation,
  body: Record<string, unknown>,
  locale: string,
) {
  const data = Object.fromEntries(Object.entries(body).map(([k, v]) => [k, text(v)]));
  const admission = await admissionFor(strapi, invitation.organizationRef);
  const problems = [
    ...colleagueProblems(data),
    ...personProblems(data, null, admission),
    ...passwordProblems(data.password, data.passwordConfirmation ?? data.password),
  ];
  if (problems.length > 0) throw invalidFields(problems);
  if (!canCreate(machines.person, 'toConfirm', 'colleague'))
    throw new Error('config: colleagues may not create persons');

  const mobile = String(data.mobile);
  const email = typeof data.email === 'string' && data.email ? data.email.toLowerCase() : null;
  const users = strapi.documents(USER);
  if (await users.findFirst({ filters: { username: { $eqi: mobile } } }))
    throw conflict([duplicateAccount('mobile')]);
  if (email && (await users.findFirst({ filters: { email: { $eqi: email } } })))
    throw conflict([duplicateAccount('email')]);

  const person = Object.fromEntries(
    COLLEAGUE_FIELDS.filter((f) => data[f] !== undefined && data[f] !== '').map((f) => [
      f,
      f === 'email' ? email : data[f],
    ]),
  );
  const role = await strapi
    .documents('plugin::users-permissions.role')
    .findFirst({ filters: { type: roleType.colleague } });
  try {
    return await strapi.db.transaction(async () => {
      const [stamps] = await stampsForNewPersons(strapi, admission, 1);
      const created = await strapi.documents('api::person.person').create({
        data: {
          ...person,
          ...stamps,
          entryDateOption: admission.entryDateOptions[0],
          personStatus: 'toConfirm',
          source: 'colleague',
        },
      } as never);
      const user = await strapi
        .plugin('users-permissions')
        .service('user')
        .add({
          username: mobile,
          // users-permissions needs an email; `.invalid` (RFC 2606) never receives mail.
          email: email ?? `${mobile}@colleague.invalid`,
          password: String(data.password),
          provider: 'local',
          confirmed: true,
          blocked: false,
          role: role?.id,
          mobile,
          displayName: String(data.name),
          preferredLocale: locale === 'en' ? 'en' : 'zh-CN',
        });
      await users.update({
        documentId: user.documentId,
        data: { organization: invitation.organizationRef, person: created.documentId },
      });
      return { userId: user.id as number, person: created };
    });
  } catch (error) {
    if (isConstraintViolation(error)) throw refusal(error);
    throw error;
  }
}
