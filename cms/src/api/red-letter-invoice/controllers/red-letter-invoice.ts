import type { Context } from 'koa';
import type { RecordHooks } from '../../../access/record-hooks';
import { scopedCoreController } from '../../../access/scoped-controller';
import { redLetterExport, sendListWorkbook } from '../../../invoices/export';
import { redLetterExtraActions } from '../../../invoices/invoice-view';
import { sendPdf } from '../../../invoices/pdf-response';

const redLetterRecord: RecordHooks = { extraActions: redLetterExtraActions };

/**
 * Red-letter invoices and confirmations (红字发票 / 红字确认单): written only by the invoice
 * services (src/invoices/reversal.ts); read through the scoped core routes, the PDF and the export.
 */
export default scopedCoreController(
  'api::red-letter-invoice.red-letter-invoice',
  ({ strapi, inScope, scopeOf }) => ({
    /** GET /red-letter-invoices/:id/pdf — the issued red-letter invoice's PDF. */
    async pdf(ctx: Context) {
      await inScope(ctx, 'pdf');
      await sendPdf(ctx, strapi.db.connection, String(ctx.params.id));
    },

    /** GET /red-letter-invoices/export?<list filters> — XLSX of the filtered list. */
    async export(this: unknown, ctx: Context) {
      const { scope } = await scopeOf(ctx, 'export');
      await sendListWorkbook(strapi, this as never, ctx, scope, redLetterExport);
    },
  }),
  redLetterRecord,
);
