import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { fieldError, gone as goneWith, invalidFields } from '../../../errors';
import {
  createLiaison,
  findUser,
  linkOrganization,
  passwordProblems,
  session,
  setPassword,
} from '../../../registration/accounts';
import { carryForward } from '../../../registration/carry-forward';
import { currentEdition } from '../../../registration/edition';
import { checkToken, tokenHash } from '../../../registration/one-click-token';

const INVITATION = 'api::invitation.invitation';

interface Invitation {
  documentId: string;
  organizationRef: string;
  tokenHash: string;
  usedAt?: string | null;
  revokedAt?: string | null;
  openedAt?: string | null;
}

/** 410 Gone: the link was valid once; the portal offers normal registration instead. */
const gone = (code: 'linkExpired' | 'linkUsed' | 'linkInvalid') => {
  const text = {
    linkExpired: [
      '链接已过期，请通过单位信息登记完成注册',
      'The link has expired: register through the normal form',
    ],
    linkUsed: ['链接已使用，请直接登录', 'The link has been used: log in instead'],
    linkInvalid: ['链接无效', 'The link is not valid'],
  }[code];
  return goneWith([fieldError('token', code, text[0], text[1])]);
};

async function invitationOf(strapi: Core.Strapi, token: string) {
  const check = checkToken(token);
  if (!check.ok) throw gone(check.reason === 'expired' ? 'linkExpired' : 'linkInvalid');
  const invitation = (await strapi
    .documents(INVITATION)
    .findOne({ documentId: check.invitationId })) as unknown as Invitation | null;
  if (!invitation || invitation.tokenHash !== tokenHash(token) || invitation.revokedAt)
    throw gone('linkInvalid');
  if (invitation.usedAt) throw gone('linkUsed');
  return invitation;
}

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /api/registration/one-click/:token — marks the link opened; the organization for pre-fill. */
  async open(ctx: Context) {
    const invitation = await invitationOf(strapi, String(ctx.params.token));
    if (!invitation.openedAt) {
      await strapi.documents(INVITATION).update({
        documentId: invitation.documentId,
        data: { openedAt: new Date().toISOString() },
      });
    }
    const organization = await strapi.documents('api::organization.organization').findOne({
      documentId: invitation.organizationRef,
      fields: [
        'name',
        'nameEn',
        'creditCode',
        'category',
        'contactName',
        'contactEmail',
        'contactMobile',
        'address',
      ],
      populate: { delegation: { fields: ['nameZh', 'nameEn', 'code'] } },
    });
    const account = await findUser(strapi, {
      organization: { documentId: invitation.organizationRef },
    });
    ctx.body = { data: { organization, account: account ? { username: account.username } : null } };
  },

  /** POST /api/registration/one-click/:token — `{ password }`: account ready, draft pre-filled, link used. */
  async accept(ctx: Context) {
    const data = ((ctx.request.body as { data?: Record<string, unknown> })?.data ?? {}) as Record<
      string,
      unknown
    >;
    const problems = passwordProblems(data.password, data.passwordConfirmation ?? data.password);
    if (problems.length > 0) throw invalidFields(problems);
    const token = String(ctx.params.token);
    const edition = await currentEdition(strapi);
    const result = await strapi.db.transaction(async ({ trx }) => {
      const invitation = await invitationOf(strapi, token);
      // Lock the invitation: two clicks on the same link register once.
      await trx('invitations').where('document_id', invitation.documentId).forUpdate().first();
      const fresh = (await strapi
        .documents(INVITATION)
        .findOne({ documentId: invitation.documentId })) as unknown as Invitation;
      if (fresh.usedAt) throw gone('linkUsed');
      const previous = (await strapi.documents('api::organization.organization').findOne({
        documentId: invitation.organizationRef,
        fields: ['creditCode', 'contactEmail', 'contactMobile', 'category'],
      })) as unknown as {
        creditCode?: string;
        contactEmail: string;
        contactMobile?: string;
        category: string;
      };
      const organization = await carryForward(strapi, invitation.organizationRef, edition);
      const existing = await findUser(strapi, {
        organization: { documentId: invitation.organizationRef },
      });
      let userId: number;
      if (existing) {
        await setPassword(strapi, existing.id, String(data.password));
        await linkOrganization(strapi, existing.documentId, organization.documentId);
        userId = existing.id;
      } else {
        const user = await createLiaison(strapi, {
          username: previous.creditCode ?? previous.contactEmail,
          email: previous.contactEmail,
          password: String(data.password),
          mobile: previous.contactMobile,
          organization: organization.documentId,
          locale: previous.category.startsWith('overseas') ? 'en' : 'zh-CN',
        });
        userId = user.id;
      }
      await strapi.documents(INVITATION).update({
        documentId: invitation.documentId,
        data: {
          usedAt: new Date().toISOString(),
          registeredOrganizationRef: organization.documentId,
        },
      });
      return { organization, userId };
    });
    ctx.status = 201;
    ctx.body = {
      data: { ...(await session(strapi, result.userId)), organization: result.organization },
    };
  },
});
