import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { fieldError, invalidFields } from '../../../errors';
import { currentEdition } from '../../../registration/edition';
import { campaignStats, startCampaign } from '../../../registration/one-click-campaign';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/one-click-campaigns `{ fromEdition }` → 202; the invitations are made by a job. */
  async start(ctx: Context) {
    const sent = (ctx.request.body as { data?: { fromEdition?: unknown } })?.data?.fromEdition;
    // A whole edition number (1…999), as a number or its digits; NaN once reached the query.
    const fromEdition =
      typeof sent === 'number' || (typeof sent === 'string' && /^\d{1,3}$/.test(sent.trim()))
        ? Number(sent)
        : Number.NaN;
    const valid = Number.isInteger(fromEdition) && fromEdition > 0 && fromEdition < 1000;
    const current = await currentEdition(strapi);
    const exists = valid
      ? await strapi.documents('api::edition.edition').count({ filters: { number: fromEdition } })
      : 0;
    if (!valid || fromEdition >= current.number || exists === 0) {
      throw invalidFields([
        fieldError('fromEdition', 'invalidEdition', '请选择往届届次', 'Choose an earlier edition'),
      ]);
    }
    await startCampaign(fromEdition);
    ctx.status = 202;
    ctx.body = { data: { queued: true, fromEdition } };
  },

  /** GET /api/one-click-campaigns/stats → invited / sent / opened / registered for this edition. */
  async stats(ctx: Context) {
    ctx.body = { data: await campaignStats(strapi) };
  },
});
