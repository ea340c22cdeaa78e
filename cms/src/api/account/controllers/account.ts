import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { resolveCaller } from '../../../access/caller';
import { changeContact, sendContactCode } from '../../../accounts/contact';
import { requireCurrentPassword } from '../../../accounts/current-password';
import { handOverLiaison, handoverCandidates } from '../../../accounts/handover';
import { recentSignIns } from '../../../accounts/sign-in-log';
import { issueToken, revokeTokens } from '../../../accounts/tokens';
import { fieldError, invalidFields, notFound } from '../../../errors';
import { localeOf } from '../../../http/locale';
import { passwordProblems, setPassword } from '../../../registration/accounts';

const USER = 'plugin::users-permissions.user';
type Body = Record<string, unknown>;
const bodyOf = (ctx: Context) => ((ctx.request.body as { data?: Body })?.data ?? {}) as Body;

/** The signed-in account; every route here works on it and on nothing else. */
async function me(strapi: Core.Strapi, ctx: Context) {
  const caller = await resolveCaller(strapi, ctx.state);
  if (caller.role === 'public' || !caller.userId) throw notFound();
  return caller as typeof caller & { userId: number };
}

/** The request body once the caller has re-entered their current password (counted attempts). */
async function confirmedBody(strapi: Core.Strapi, ctx: Context, caller: { userId: number }) {
  const data = bodyOf(ctx);
  await requireCurrentPassword(strapi, {
    userId: caller.userId,
    given: data.currentPassword,
    ip: ctx.request.ip,
  });
  return data;
}

/** PUT /api/account/mobile|email: the new contact after the current password and its code. */
async function changeConfirmedContact(
  strapi: Core.Strapi,
  ctx: Context,
  channel: 'sms' | 'email',
  field: 'mobile' | 'email',
) {
  const caller = await me(strapi, ctx);
  const data = await confirmedBody(strapi, ctx, caller);
  return changeContact(strapi, {
    userId: caller.userId,
    channel,
    target: data[field],
    code: data.code,
    ip: ctx.request.ip,
  });
}

/** 138****8000 — what the account page shows of a mobile number. */
const maskMobile = (mobile?: string | null) =>
  mobile ? mobile.replace(/^(\d{3})\d{4}(\d{4})$/, '$1****$2') : null;

/** 账户管理 (cms/API.md): the caller's password, verified mobile and email, sessions, handover. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/account */
  async show(ctx: Context) {
    const caller = await me(strapi, ctx);
    const user = (await strapi.db.query(USER).findOne({
      where: { id: caller.userId },
      select: ['username', 'email', 'mobile', 'displayName', 'preferredLocale'],
    })) as { username: string; email: string; mobile?: string | null };
    ctx.body = {
      data: {
        ...user,
        email: user.email.endsWith('.invalid') ? null : user.email,
        mobile: maskMobile(user.mobile),
        role: caller.role,
        canHandOver: caller.role === 'liaison' && !!caller.organizationRef,
      },
    };
  },

  /**
   * PUT /api/account/password — `{ currentPassword, password, passwordConfirmation }`: every
   * token of the account is revoked; the answer carries a new one for this session.
   */
  async changePassword(ctx: Context) {
    const caller = await me(strapi, ctx);
    const data = bodyOf(ctx);
    const problems = passwordProblems(data.password, data.passwordConfirmation);
    if (typeof data.currentPassword !== 'string' || !data.currentPassword)
      problems.unshift(
        fieldError('currentPassword', 'required', '请输入当前密码', 'Enter the current password'),
      );
    if (problems.length === 0 && data.password === data.currentPassword)
      problems.push(
        fieldError(
          'password',
          'samePassword',
          '新密码不能与当前密码相同',
          'The new password must differ from the current one',
        ),
      );
    if (problems.length > 0) throw invalidFields(problems);
    await requireCurrentPassword(strapi, {
      userId: caller.userId,
      given: data.currentPassword,
      ip: ctx.request.ip,
    });
    await setPassword(strapi, caller.userId, String(data.password));
    ctx.body = { data: { jwt: await issueToken(strapi, caller.userId) } };
  },

  /** POST /api/account/contact-code — `{ channel, target }`: a code to the new mobile or email. */
  async sendContactCode(ctx: Context) {
    const caller = await me(strapi, ctx);
    const data = bodyOf(ctx);
    const sent = await sendContactCode(strapi, {
      userId: caller.userId,
      channel: data.channel,
      target: data.target,
      ip: ctx.request.ip,
      locale: localeOf(ctx),
    });
    ctx.status = 202;
    ctx.body = { data: sent };
  },

  /** PUT /api/account/mobile — `{ mobile, code, currentPassword }` */
  async changeMobile(ctx: Context) {
    const changed = await changeConfirmedContact(strapi, ctx, 'sms', 'mobile');
    ctx.body = { data: { mobile: maskMobile(changed.mobile) } };
  },

  /** PUT /api/account/email — `{ email, code, currentPassword }` */
  async changeEmail(ctx: Context) {
    ctx.body = { data: await changeConfirmedContact(strapi, ctx, 'email', 'email') };
  },

  /** POST /api/account/sign-out-everywhere — every token of the account, this one included. */
  async signOutEverywhere(ctx: Context) {
    const caller = await me(strapi, ctx);
    await revokeTokens(strapi, caller.userId);
    ctx.status = 204;
  },

  /** GET /api/account/sign-ins — the latest 20 sign-ins and failed attempts, newest first. */
  async signIns(ctx: Context) {
    const caller = await me(strapi, ctx);
    ctx.body = { data: await recentSignIns(strapi, caller.userId, 20) };
  },

  /** GET /api/account/handover-candidates — colleagues who may take the liaison role. */
  async handoverCandidates(ctx: Context) {
    const caller = await me(strapi, ctx);
    if (!caller.organizationRef) throw notFound();
    const candidates = await handoverCandidates(strapi, caller.organizationRef);
    ctx.body = {
      data: candidates.map((c) => ({
        documentId: c.documentId,
        name: c.displayName ?? c.person?.name ?? c.username,
        mobile: maskMobile(c.mobile),
      })),
    };
  },

  /** POST /api/account/handover — `{ colleague, currentPassword }` (the colleague's account id). */
  async handOver(ctx: Context) {
    const caller = await me(strapi, ctx);
    if (!caller.organizationRef) throw notFound();
    const data = await confirmedBody(strapi, ctx, caller);
    ctx.body = {
      data: await handOverLiaison(strapi, {
        userId: caller.userId,
        organizationRef: caller.organizationRef,
        colleague: data.colleague,
      }),
    };
  },
});
