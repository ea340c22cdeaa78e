import { allowedActions, machines, personStatuses } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { resolveCaller } from '../../../access/caller';
import { progressSteps } from '../services/progress';

/** GET /api/visitor/progress — the liaison home's 进度流程图, computed from real states. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async show(ctx: Context) {
    const caller = await resolveCaller(strapi, ctx.state);
    const organization = caller.organizationRef
      ? await strapi.documents('api::organization.organization').findOne({
          documentId: caller.organizationRef,
          fields: ['name', 'nameEn', 'reviewStatus', 'category'],
        })
      : null;
    const statuses = personStatuses.filter((status) => status !== 'declined');
    const counts = caller.organizationRef
      ? Object.fromEntries(
          await Promise.all(
            statuses.map(async (personStatus) => [
              personStatus,
              await strapi.documents('api::person.person').count({
                filters: { organizationRef: caller.organizationRef, personStatus },
              }),
            ]),
          ),
        )
      : {};
    const reviewStatus = (organization?.reviewStatus as string | undefined) ?? null;
    ctx.body = {
      data: {
        organization: organization
          ? {
              documentId: organization.documentId,
              name: organization.name,
              nameEn: organization.nameEn,
              reviewStatus,
              allowedActions: allowedActions(
                machines.organization,
                reviewStatus as never,
                'liaison',
              ),
            }
          : null,
        steps: progressSteps(reviewStatus, counts),
      },
    };
  },
});
