import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { resolveCaller } from '../../../access/caller';

/** GET /api/session — the portal's identity: role, and the organization or delegation it works on. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: Context) {
    const caller = await resolveCaller(strapi, ctx.state);
    if (caller.role === 'public' || !caller.userDocumentId) return ctx.unauthorized();
    const user = (await strapi.documents('plugin::users-permissions.user').findOne({
      documentId: caller.userDocumentId,
      fields: ['id', 'username', 'email', 'displayName', 'preferredLocale'],
      populate: {
        organization: { fields: ['name', 'nameEn', 'reviewStatus', 'editionNumber'] },
        delegation: { fields: ['nameZh', 'nameEn', 'code'] },
      },
    })) as unknown as Record<string, unknown> & {
      organization?: Record<string, unknown> | null;
      delegation?: Record<string, unknown> | null;
    };
    const { organization, delegation, ...identity } = user;
    ctx.body = {
      data: {
        user: identity,
        role: caller.role,
        organization: organization ?? null,
        delegation: delegation ?? null,
      },
    };
  },
});
