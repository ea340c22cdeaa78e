import crypto from 'node:crypto';
import { isValidCodeTarget, VERIFICATION_CODE_DIGITS } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { fieldError, invalidFields } from '../errors';
import { queueMail } from '../mail/outbox';
import type { MailLocale } from '../mail/templates';
import { sendSms } from '../sms/send';
import { consumeSend, consumeWrongEntry } from './limits';

export type Channel = 'sms' | 'email';
/** What a code is for: it only works for the purpose it was sent for. */
export type Purpose = 'register' | 'resetPassword' | 'signIn' | 'changeMobile' | 'changeEmail';

const UID = 'api::verification-code.verification-code';
export const CODE_MINUTES = 5;
const MAX_WRONG = 5;
/** Codes for one number and purpose asked for from different addresses may be live at once. */
const LIVE_CODES = 5;

interface CodeRow {
  document_id: string;
  code_hash: string;
  expires_at: string;
  attempts: number;
  invalidated_at: string | null;
  request_ip: string | null;
}

/** Only a keyed hash of a code is stored; the key is a server secret. */
const hash = (target: string, purpose: string, code: string) =>
  crypto
    .createHmac('sha256', process.env.JWT_SECRET ?? process.env.APP_KEYS ?? 'pvis')
    .update(`${target}\n${purpose}\n${code}`)
    .digest('hex');

export const normaliseTarget = (channel: Channel, target: string) =>
  channel === 'email' ? target.trim().toLowerCase() : target.trim();

export function checkTarget(channel: unknown, target: unknown) {
  if (channel !== 'sms' && channel !== 'email') {
    return fieldError('channel', 'invalidChannel', '请选择短信或邮箱验证', 'Choose SMS or email');
  }
  const value = typeof target === 'string' ? target.trim() : '';
  if (isValidCodeTarget(channel, value)) return null;
  return channel === 'sms'
    ? fieldError('target', 'invalidMobile', '手机号码格式不正确', 'Invalid mobile number')
    : fieldError('target', 'invalidEmail', '电子邮箱格式不正确', 'Invalid email address');
}

/**
 * Sends a code of VERIFICATION_CODE_DIGITS digits valid for 5 minutes, replacing any earlier one for the same target and
 * purpose. Limited per target and per IP (verification/limits.ts).
 */
export async function sendCode(
  strapi: Core.Strapi,
  request: { channel: Channel; target: string; purpose: Purpose; ip: string; locale: MailLocale },
) {
  const target = normaliseTarget(request.channel, request.target);
  const refused = await consumeSend(target, request.ip);
  if (refused) {
    const [zh, en] =
      refused.code === 'tooFrequent'
        ? [
            `发送过于频繁，请 ${refused.retryAfter} 秒后再试`,
            `Too frequent: try again in ${refused.retryAfter} s`,
          ]
        : ['今日发送次数已达上限', 'The daily limit for codes has been reached'];
    throw new errors.RateLimitError(en, {
      retryAfter: refused.retryAfter,
      errors: [fieldError('target', refused.code, zh, en)],
    });
  }
  const code = crypto
    .randomInt(0, 10 ** VERIFICATION_CODE_DIGITS)
    .toString()
    .padStart(VERIFICATION_CODE_DIGITS, '0');
  const now = new Date();
  const expiresAt = new Date(now.getTime() + CODE_MINUTES * 60_000).toISOString();
  await strapi.db.transaction(async () => {
    // Only this address's earlier code is replaced: someone else asking for a code to the same
    // number must not void the one its owner is about to type.
    const earlier = await strapi.documents(UID).findMany({
      filters: {
        target,
        purpose: request.purpose,
        requestIp: request.ip,
        consumedAt: { $null: true },
        invalidatedAt: { $null: true },
      },
      fields: ['documentId'],
    });
    for (const old of earlier) {
      await strapi.documents(UID).update({
        documentId: old.documentId,
        data: { invalidatedAt: now.toISOString() },
      });
    }
    await strapi.documents(UID).create({
      data: {
        channel: request.channel,
        target,
        purpose: request.purpose,
        codeHash: hash(target, request.purpose, code),
        expiresAt,
        attempts: 0,
        requestIp: request.ip,
      },
    });
  });
  if (request.channel === 'sms') {
    const body = `【进博会专业观众】验证码 ${code}，${CODE_MINUTES} 分钟内有效，请勿泄露。`;
    await sendSms(strapi, { to: target, body, purpose: request.purpose, secrets: [code] });
  } else {
    await queueMail(target, 'verificationCode', { code, minutes: CODE_MINUTES }, request.locale);
  }
  return { expiresAt, resendAfter: 60 };
}

const tooManyWrong = (field: string, retryAfter: number) => {
  const zh = `验证码错误次数过多，请 ${Math.ceil(retryAfter / 60)} 分钟后再试`;
  const en = `Too many wrong codes: try again in ${Math.ceil(retryAfter / 60)} min`;
  return new errors.RateLimitError(en, {
    retryAfter,
    errors: [fieldError(field, 'tooManyWrongCodes', zh, en)],
  });
};

/**
 * Checks a code against the live codes of the number (or email) and purpose, and uses up the one
 * it matches. Errors are reported on `field` (e.g. `smsCode`), so the form marks the right input.
 * A wrong code counts against the codes the same address (`ip`) asked for, and the fifth voids
 * one; a wrong code against codes only other addresses asked for touches none of them — nobody
 * can spoil a liaison's sign-in code by asking for or guessing codes — and is limited per
 * address instead (CODE_WRONG_PER_IP_PER_HOUR).
 */
export async function verifyCode(
  strapi: Core.Strapi,
  request: {
    channel: Channel;
    target: string;
    purpose: Purpose;
    code: unknown;
    field: string;
    ip?: string;
  },
) {
  const target = normaliseTarget(request.channel, request.target);
  const fail = (code: string, zh: string, en: string) =>
    invalidFields([fieldError(request.field, code, zh, en)]);
  if (request.ip) {
    const wait = await consumeWrongEntry(request.ip, true);
    if (wait > 0) throw tooManyWrong(request.field, wait);
  }
  const outcome = await strapi.db.transaction(async ({ trx }) => {
    const rows = (await trx('verification_codes')
      .select('document_id', 'code_hash', 'expires_at', 'attempts', 'invalidated_at', 'request_ip')
      .where({ target, purpose: request.purpose })
      .whereNull('consumed_at')
      .orderBy('id', 'desc')
      .limit(LIVE_CODES)
      .forUpdate()) as CodeRow[];
    if (rows.length === 0) return 'missing';
    const live = rows.filter(
      (row) => !row.invalidated_at && new Date(row.expires_at).getTime() >= Date.now(),
    );
    if (live.length === 0) return rows[0]!.invalidated_at ? 'invalidated' : 'expired';
    const given = typeof request.code === 'string' ? request.code.trim() : '';
    const actual = Buffer.from(hash(target, request.purpose, given), 'hex');
    const match = live.find((row) =>
      crypto.timingSafeEqual(Buffer.from(row.code_hash, 'hex'), actual),
    );
    if (match) {
      await strapi.documents(UID).update({
        documentId: match.document_id,
        data: { consumedAt: new Date().toISOString() },
      });
      return 'ok';
    }
    // Wrong: it counts against the codes this address asked for, and the fifth voids one.
    const own = live.filter(
      (row) => !request.ip || !row.request_ip || row.request_ip === request.ip,
    );
    if (own.length === 0) return 'wrongElsewhere';
    let latestVoided = false;
    for (const [index, row] of own.entries()) {
      const attempts = Number(row.attempts) + 1;
      await strapi.documents(UID).update({
        documentId: row.document_id,
        data: {
          attempts,
          ...(attempts >= MAX_WRONG ? { invalidatedAt: new Date().toISOString() } : {}),
        },
      });
      if (index === 0) latestVoided = attempts >= MAX_WRONG;
    }
    return latestVoided ? 'invalidatedNow' : 'wrong';
  });
  if (outcome === 'wrongElsewhere') {
    const wait = await consumeWrongEntry(request.ip!);
    if (wait > 0) throw tooManyWrong(request.field, wait);
  }
  switch (outcome) {
    case 'ok':
      return;
    case 'missing':
      throw fail('codeNotSent', '请先获取验证码', 'Request a code first');
    case 'expired':
      throw fail(
        'codeExpired',
        '验证码已过期，请重新获取',
        'The code has expired: request a new one',
      );
    case 'invalidated':
    case 'invalidatedNow':
      throw fail(
        'codeInvalidated',
        '验证码错误次数过多已失效，请重新获取',
        'Too many wrong entries: request a new code',
      );
    default:
      throw fail('wrongCode', '验证码错误', 'Wrong code');
  }
}
