import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { fieldError, invalidFields } from '../../../errors';
import { currentEdition } from '../../../registration/edition';
import { campaignStats, startCampaign } from '../../../registration/one-click-campaign';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /api/one-click-campaigns `{ fromEdition }` → 202; the invitations are made by a job. */
  async start(ctx: Context) {
    const fromEdition = Number(
      (ctx.request.body as { data?: { fromEdition?: unknown } })?.data?.fromEdition,
    );
    const current = await currentEdition(strapi);
    const exists = await strapi
      .documents('api::edition.edition')
      .count({ filters: { number: fromEdition } } as never);
    if (!Number.isInteger(fromEdition) || fromEdition >= current.number || exists === 0) {
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
