import type { Context } from 'koa';
import { scopedCoreController } from '../../../access/scoped-controller';
import { notFound } from '../../../errors';
import { decideRemittance } from '../../../transfers/decide';
import { exportTransfers } from '../../../transfers/exports';
import { transferQueue } from '../../../transfers/queue';
import { remittanceDetail } from '../../../transfers/views';
import { sendVoucher } from '../../../transfers/voucher-file';

type Body = { data?: Record<string, unknown> };
const bodyOf = (ctx: Context) =>
  ((ctx.request.body as Body)?.data ?? {}) as Record<string, unknown>;

/**
 * Remittances (汇款信息) of bank transfers (cms/API.md "Bank transfers"): scope from
 * access/resources/remittance.ts; the finance queue, decision, export and the voucher are src/transfers/.
 */
export default scopedCoreController(
  'api::remittance.remittance',
  ({ strapi, inScope, scopeOf }) => ({
    /** GET /remittances/:id — with order, organization, amounts, voucher link, allowedActions. */
    async findOne(ctx: Context) {
      const { caller } = await inScope(ctx, 'findOne');
      const actor = caller.role === 'finance' ? 'finance' : 'liaison';
      const detail = await remittanceDetail(strapi, String(ctx.params.id), actor);
      if (!detail) throw notFound();
      ctx.body = { data: detail };
    },

    /** GET /remittances/queue?decision&q&from&to&amountMismatch&pagination[page]&pagination[pageSize] (待确认转账). */
    async queue(ctx: Context) {
      const { scope } = await scopeOf(ctx, 'queue');
      ctx.body = await transferQueue(strapi, ctx.query as Record<string, unknown>, scope);
    },

    /** GET /remittances/export — the queue with the same filters as XLSX. */
    async export(ctx: Context) {
      const { scope } = await scopeOf(ctx, 'export');
      await exportTransfers(strapi, ctx, scope);
    },

    /** GET /remittances/:id/voucher — the voucher image or PDF. */
    async voucher(ctx: Context) {
      await inScope(ctx, 'voucher');
      await sendVoucher(strapi, ctx, String(ctx.params.id));
    },

    /** POST /remittances/:id/decision `{action: 'confirm'|'reject', reason?}` (确认到账 / 驳回). */
    async decide(ctx: Context) {
      const { caller } = await inScope(ctx, 'decide');
      const body = bodyOf(ctx);
      const id = String(ctx.params.id);
      await decideRemittance(strapi, id, body.action, body.reason, caller.userId);
      ctx.body = { data: await remittanceDetail(strapi, id, 'finance') };
    },
  }),
);
