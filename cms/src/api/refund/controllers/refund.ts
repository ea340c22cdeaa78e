import type { Context } from 'koa';
import { scopedCoreController } from '../../../access/scoped-controller';
import { recordBankRefund } from '../../../refunds/bank-refund';
import { sendRefundsWorkbook, statusesOf } from '../../../refunds/export';
import { raiseRefundByHand } from '../../../refunds/raise-by-hand';
import { submitRefund } from '../../../refunds/submit';

const UID = 'api::refund.refund';

type Body = { data?: Record<string, unknown> };
const bodyOf = (ctx: Context) =>
  ((ctx.request.body as Body)?.data ?? {}) as Record<string, unknown>;

/**
 * Refunds (退款, cms/API.md "Refunds"): the list and the record are the scoped core routes; raising
 * by hand, submitting to the gateway and recording a bank refund are the services in src/refunds/.
 */
export default scopedCoreController(UID, ({ strapi, inScope, scopeOf, withActions }) => {
  const present = async (documentId: string) => strapi.documents(UID).findOne({ documentId });

  return {
    /** POST /refunds `{ person }` — 201 with the refund; 409 for a person not refundable. */
    async create(ctx: Context) {
      const { caller } = await scopeOf(ctx, 'create');
      const raised = await raiseRefundByHand(strapi, bodyOf(ctx).person, caller.userId);
      ctx.status = 201;
      ctx.body = { data: withActions(caller, await present(raised.documentId)) };
    },

    /** POST /refunds/:id/transitions `{ action: submit | retry }` — through the original channel. */
    async transition(ctx: Context) {
      const { caller } = await inScope(ctx, 'transition');
      const documentId = String(ctx.params.id);
      await submitRefund(strapi, documentId, bodyOf(ctx).action, caller.userId);
      ctx.body = { data: withActions(caller, await present(documentId)) };
    },

    /** POST /refunds/:id/bank-refund `{ refundedAmountFen, bankReference, refundedOn }`. */
    async bankRefund(ctx: Context) {
      const { caller } = await inScope(ctx, 'bankRefund');
      const documentId = String(ctx.params.id);
      await recordBankRefund(strapi, documentId, bodyOf(ctx), caller.userId);
      ctx.body = { data: withActions(caller, await present(documentId)) };
    },

    /** GET /refunds/export?refundStatus=a,b — the queue as XLSX. */
    async export(ctx: Context) {
      const { scope } = await scopeOf(ctx, 'export');
      await sendRefundsWorkbook(strapi, ctx, statusesOf(ctx.query), scope);
    },
  };
});
