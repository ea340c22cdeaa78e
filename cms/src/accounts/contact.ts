import type { Core } from '@strapi/strapi';
import { conflict, fieldError, invalidFields, isConstraintViolation } from '../errors';
import type { MailLocale } from '../mail/templates';
import {
  type Channel,
  checkTarget,
  normaliseTarget,
  sendCode,
  verifyCode,
} from '../verification/codes';

const USER = 'plugin::users-permissions.user';

/** The account's verified mobile (sms) or email: which field, which code purpose. */
const field = (channel: Channel) => (channel === 'sms' ? 'mobile' : 'email');
const purpose = (channel: Channel) => (channel === 'sms' ? 'changeMobile' : 'changeEmail');

const taken = (channel: Channel) =>
  conflict([
    channel === 'sms'
      ? fieldError(
          'mobile',
          'mobileTaken',
          '该手机号已被其他账号使用',
          'Another account uses this mobile number',
        )
      : fieldError(
          'email',
          'emailTaken',
          '该邮箱已被其他账号使用',
          'Another account uses this email',
        ),
  ]);

function checkNew(channel: unknown, target: unknown) {
  const problem = checkTarget(channel, target);
  if (problem)
    throw invalidFields([
      problem.path[0] === 'target' ? { ...problem, path: [field(channel as Channel)] } : problem,
    ]);
  return normaliseTarget(channel as Channel, String(target));
}

/**
 * Another account already signs in with (or receives codes at) this mobile or email. An overseas
 * liaison's account name is an email: it counts too, or sign-in by it would find two accounts.
 */
async function usedByAnother(
  strapi: Core.Strapi,
  channel: Channel,
  target: string,
  userId: number,
) {
  const where = {
    $or: [{ [field(channel)]: target }, { username: { $eqi: target } }],
  };
  const other = await strapi.db.query(USER).findOne({ where: { ...where, id: { $ne: userId } } });
  return !!other;
}

/** The new mobile or email, checked, normalised and used by no other account. */
async function freeNewContact(
  strapi: Core.Strapi,
  request: { userId: number; channel: unknown; target: unknown },
) {
  const target = checkNew(request.channel, request.target);
  const channel = request.channel as Channel;
  if (await usedByAnother(strapi, channel, target, request.userId)) throw taken(channel);
  return { channel, target };
}

/** Sends a code to the new mobile or email (never to the current one: it proves the new one). */
export async function sendContactCode(
  strapi: Core.Strapi,
  request: { userId: number; channel: unknown; target: unknown; ip: string; locale: MailLocale },
) {
  const { channel, target } = await freeNewContact(strapi, request);
  return sendCode(strapi, {
    channel,
    target,
    purpose: purpose(channel),
    ip: request.ip,
    locale: request.locale,
  });
}

/**
 * Sets the account's verified mobile or email after the code sent to it. A colleague signs in
 * with their mobile number (their account name), so it follows the mobile.
 */
export async function changeContact(
  strapi: Core.Strapi,
  request: { userId: number; channel: Channel; target: unknown; code: unknown; ip: string },
) {
  const { channel, target } = await freeNewContact(strapi, request);
  await verifyCode(strapi, {
    channel,
    target,
    purpose: purpose(channel),
    code: request.code,
    field: 'code',
    ip: request.ip,
  });
  const user = (await strapi.db.query(USER).findOne({
    where: { id: request.userId },
    select: ['documentId', 'username', 'mobile'],
  })) as { documentId: string; username: string; mobile?: string | null };
  const followsMobile = channel === 'sms' && !!user.mobile && user.username === user.mobile;
  try {
    await strapi.documents(USER).update({
      documentId: user.documentId,
      data: { [field(channel)]: target, ...(followsMobile ? { username: target } : {}) },
    });
  } catch (error) {
    if (isConstraintViolation(error)) throw taken(channel);
    throw error;
  }
  return { [field(channel)]: target };
}
