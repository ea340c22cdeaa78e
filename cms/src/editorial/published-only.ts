import { factories, type UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { previewAllows } from './preview-token';

/** The header the portal's preview page sends its token in (kept out of URLs and access logs). */
export const PREVIEW_HEADER = 'x-preview-token';

/**
 * News, guides and activities on the content API: published versions only, for every caller
 * (Strapi 5 answers `?status=draft` to anyone with `find`; issue 10, finding 5). The one
 * exception is the record a valid preview token names (config/admin.ts `preview`).
 */
export function publishedOnlyController(uid: UID.ContentType) {
  return factories.createCoreController(uid, () => ({
    async find(ctx: Context) {
      ctx.query = { ...ctx.query, status: 'published' };
      return super.find(ctx);
    },

    async findOne(ctx: Context) {
      const previewing =
        ctx.query.status === 'draft' &&
        previewAllows(ctx.get(PREVIEW_HEADER), uid, String(ctx.params.id));
      ctx.query = { ...ctx.query, status: previewing ? 'draft' : 'published' };
      return super.findOne(ctx);
    },
  }));
}
