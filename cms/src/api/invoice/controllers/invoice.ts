import type { Context } from 'koa';
import type { RecordHooks } from '../../../access/record-hooks';
import { actorOf, isPortalRole } from '../../../access/roles';
import { scopedCoreController } from '../../../access/scoped-controller';
import { fieldError, invalidFields, notFound } from '../../../errors';
import { decideInvoice, markDeducted } from '../../../invoices/decisions';
import { invoiceExport, sendListWorkbook } from '../../../invoices/export';
import {
  invoiceDetail,
  invoiceExtraActions,
  invoiceListView,
} from '../../../invoices/invoice-view';
import { sendPdf } from '../../../invoices/pdf-response';
import { requestInvoice } from '../../../invoices/request';

type Body = { data?: Record<string, unknown> };
const bodyOf = (ctx: Context) =>
  ((ctx.request.body as Body)?.data ?? {}) as Record<string, unknown>;

const invoiceRecord: RecordHooks = { listView: invoiceListView, extraActions: invoiceExtraActions };

/**
 * Invoices (开票, cms/API.md "Invoices"): the list is the scoped core list; requesting, finance's
 * decisions, the deduction mark, the PDF and the export are the services in src/invoices/.
 */
export default scopedCoreController(
  'api::invoice.invoice',
  ({ strapi, inScope, scopeOf, withActions }) => ({
    /** POST /invoices `{order, kind, title, taxNumber, …}` — 201 with the requested invoice. */
    async create(ctx: Context) {
      const { caller } = await scopeOf(ctx, 'create');
      const documentId = await requestInvoice(strapi, caller, bodyOf(ctx));
      ctx.status = 201;
      ctx.body = { data: withActions(caller, await invoiceDetail(strapi, documentId)) };
    },

    /** GET /invoices/:id — with the order number and red-letter invoices / confirmations. */
    async findOne(ctx: Context) {
      const { caller } = await inScope(ctx, 'findOne');
      ctx.body = { data: withActions(caller, await invoiceDetail(strapi, String(ctx.params.id))) };
    },

    /** POST /invoices/:id/transitions `{action, reason?}` — issue, reject, reverse, confirmRedLetter. */
    async transition(ctx: Context) {
      const { caller } = await inScope(ctx, 'transition');
      if (!isPortalRole(caller.role)) throw notFound();
      const { action, reason } = bodyOf(ctx);
      if (typeof action !== 'string' || !action) {
        throw invalidFields([
          fieldError('action', 'missingAction', '请选择要执行的操作', 'Choose an action'),
        ]);
      }
      const documentId = String(ctx.params.id);
      await decideInvoice(strapi, documentId, {
        action,
        reason: typeof reason === 'string' ? reason : undefined,
        actor: actorOf(caller.role),
        userId: caller.userId,
      });
      ctx.body = { data: withActions(caller, await invoiceDetail(strapi, documentId)) };
    },

    /** POST /invoices/:id/buyer-deducted `{buyerDeducted: true}` — finance's mark (已抵扣). */
    async markDeducted(ctx: Context) {
      const { caller } = await inScope(ctx, 'markDeducted');
      const documentId = String(ctx.params.id);
      await markDeducted(strapi, documentId, bodyOf(ctx).buyerDeducted, caller.userId);
      ctx.body = { data: withActions(caller, await invoiceDetail(strapi, documentId)) };
    },

    /** GET /invoices/:id/pdf — the issued invoice's PDF (404 before it is issued). */
    async pdf(ctx: Context) {
      await inScope(ctx, 'pdf');
      await sendPdf(ctx, strapi.db.connection, String(ctx.params.id));
    },

    /** GET /invoices/export?<list filters> — XLSX of the filtered, scoped list. */
    async export(this: unknown, ctx: Context) {
      const { scope } = await scopeOf(ctx, 'export');
      await sendListWorkbook(strapi, this as never, ctx, scope, invoiceExport);
    },
  }),
  invoiceRecord,
);
