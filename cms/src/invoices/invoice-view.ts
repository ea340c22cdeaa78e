import { type RecordRouteAction, recordRouteActions, roleType } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import type { Caller } from '../access/caller';

const INVOICE = 'api::invoice.invoice';
const RED_LETTER = 'api::red-letter-invoice.red-letter-invoice';

/**
 * What the invoice machine's guards read, added to every invoice the API returns so that
 * `allowedActions` offers 红冲 as a direct reversal or as a confirmation, as the server will do.
 */
export const invoiceListView = (invoice: Record<string, unknown>) => ({
  ...invoice,
  invoiceKind: invoice.kind,
  buyerDeductedOrBooked: invoice.buyerDeducted === true,
});

/** The actions of the invoice's own routes: download its PDF, mark it deducted (finance). */
export function invoiceExtraActions(invoice: Record<string, unknown>, caller: Caller) {
  const actions: RecordRouteAction[] = [];
  if (invoice.invoiceNumber) actions.push(recordRouteActions.downloadPdf);
  if (
    caller.role === roleType.finance &&
    invoice.invoiceStatus === 'issued' &&
    !invoice.buyerDeducted
  ) {
    actions.push(recordRouteActions.markDeducted);
  }
  return actions;
}

/** The buyer's confirmation of a red-letter invoice is recorded by finance (`confirmRedLetter`). */
export const redLetterExtraActions = (red: Record<string, unknown>, caller: Caller) =>
  caller.role === 'finance' && red.confirmationStatus === 'pending' ? ['confirmRedLetter'] : [];

/** One invoice with its order number and its red-letter invoices / confirmations, newest first. */
export async function invoiceDetail(strapi: Core.Strapi, documentId: string) {
  const invoice = (await strapi.documents(INVOICE).findOne({ documentId })) as Record<
    string,
    unknown
  > | null;
  if (!invoice) return null;
  const [order, redLetters] = await Promise.all([
    strapi.db
      .connection('badge_orders')
      .where({ document_id: invoice.orderRef })
      .first('order_number', 'payment_method', 'invoice_title_locked'),
    strapi.documents(RED_LETTER).findMany({
      filters: { invoiceRef: documentId },
      sort: 'id:desc',
    }),
  ]);
  return {
    ...invoiceListView(invoice),
    orderNumber: order?.order_number ?? null,
    redLetters,
  };
}
