import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { resolveCaller } from '../../../access/caller';
import { localeOf } from '../../../http/locale';
import { admissionFor } from '../../../persons/admission';
import { joinThroughLink } from '../../../persons/colleagues/join';
import { limitColleaguePage } from '../../../persons/colleagues/limits';
import { colleagueLink, invitationOfToken } from '../../../persons/colleagues/link';
import { qrPng } from '../../../persons/colleagues/qr';
import { session } from '../../../registration/accounts';

type Body = { data?: Record<string, unknown> };

/**
 * 快邀请 → 邀请单位同事: the liaison's link and QR code, and the public page the
 * colleague opens from it (cms/API.md). The liaison's routes answer for their own organization
 * only, and only once it has been submitted.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const admissionOfCaller = async (ctx: Context) =>
    admissionFor(strapi, (await resolveCaller(strapi, ctx.state)).organizationRef);

  const organizationName = (organizationRef: string) =>
    strapi.documents('api::organization.organization').findOne({
      documentId: organizationRef,
      fields: ['name', 'nameEn'],
    });

  return {
    /** GET /api/invitations/current — the live link (a new one on first use or after expiry). */
    async current(ctx: Context) {
      const { link, created } = await colleagueLink(strapi, await admissionOfCaller(ctx), false);
      if (created) ctx.status = 201;
      ctx.body = { data: link };
    },

    /** POST /api/invitations/current — a new link; the old one answers 410 from now on. */
    async renew(ctx: Context) {
      const { link } = await colleagueLink(strapi, await admissionOfCaller(ctx), true);
      ctx.status = 201;
      ctx.body = { data: link };
    },

    /** GET /api/invitations/current/qr.png — the live link as a downloadable QR code. */
    async qr(ctx: Context) {
      const { link } = await colleagueLink(strapi, await admissionOfCaller(ctx), false);
      ctx.set('Content-Type', 'image/png');
      ctx.set('Content-Disposition', 'attachment; filename="colleague-invitation.png"');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await qrPng(link.link);
    },

    /** GET /api/invitations/join/:token — public: whose invitation this is (410 when unusable). */
    async open(ctx: Context) {
      await limitColleaguePage(strapi, 'open', ctx.request.ip);
      const invitation = await invitationOfToken(strapi, String(ctx.params.token));
      await admissionFor(strapi, invitation.organizationRef);
      const organization = await organizationName(invitation.organizationRef);
      ctx.body = {
        data: {
          organization: { name: organization?.name, nameEn: organization?.nameEn },
          expiresAt: invitation.expiresAt,
        },
      };
    },

    /** POST /api/invitations/join/:token — public: the colleague's person and account. */
    async join(ctx: Context) {
      await limitColleaguePage(strapi, 'join', ctx.request.ip);
      const invitation = await invitationOfToken(strapi, String(ctx.params.token));
      const body = (ctx.request.body as Body)?.data ?? {};
      const { userId, person } = await joinThroughLink(strapi, invitation, body, localeOf(ctx));
      ctx.status = 201;
      ctx.body = {
        data: {
          ...(await session(strapi, userId)),
          person: {
            documentId: person.documentId,
            name: person.name,
            personNumber: person.personNumber,
            personStatus: person.personStatus,
          },
        },
      };
    },
  };
};
