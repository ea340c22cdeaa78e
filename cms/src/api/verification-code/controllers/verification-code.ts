import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { fieldError, invalidFields } from '../../../errors';
import { localeOf } from '../../../http/locale';
import { type Channel, checkTarget, type Purpose, sendCode } from '../../../verification/codes';

/** The purposes anyone may ask a code for; changing a mobile or email has its own signed-in route. */
const purposes: Purpose[] = ['register', 'resetPassword', 'signIn'];

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/verification-codes — `{ channel, target, purpose }` → 202 `{ expiresAt, resendAfter }`. */
  async send(ctx: Context) {
    const data = ((ctx.request.body as { data?: Record<string, unknown> })?.data ?? {}) as Record<
      string,
      unknown
    >;
    const problems = [checkTarget(data.channel, data.target)].filter((p) => p !== null);
    if (!purposes.includes(data.purpose as Purpose)) {
      problems.push(fieldError('purpose', 'invalidPurpose', '验证码用途不正确', 'Unknown purpose'));
    }
    if (problems.length > 0) throw invalidFields(problems);
    const result = await sendCode(strapi, {
      channel: data.channel as Channel,
      target: String(data.target),
      purpose: data.purpose as Purpose,
      ip: ctx.request.ip,
      locale: localeOf(ctx),
    });
    ctx.status = 202;
    ctx.body = { data: result };
  },
});
