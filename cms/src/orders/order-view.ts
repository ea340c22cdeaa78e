import type { Core } from '@strapi/strapi';
import type { Caller } from '../access/caller';
import { selectRecords, toRecords } from '../access/sql-records';
import { invoiceMayBeRequested } from '../invoices/request';

const LINE_FIELDS = [
  'personRef',
  'personName',
  'idNumberMasked',
  'badgeType',
  'entryDateOption',
  'feeFen',
  'live',
  'collectionMethod',
];
const PAYMENT_FIELDS = [
  'method',
  'paymentStatus',
  'amountFen',
  'paidAmountFen',
  'flagReason',
  'succeededAt',
  'createdAt',
];

/**
 * One order as its detail page shows it (人员证件订单详情): the order, its lines (name, masked ID,
 * badge type, entry date, fee — copied when ordered), the payment attempts and the invoice state.
 * Four plain reads at once: it answers every order placed in a rush.
 */
export async function orderDetail(strapi: Core.Strapi, documentId: string) {
  const [[order], lines, payments, invoices] = await Promise.all([
    selectRecords(strapi, 'api::badge-order.badge-order', { document_id: documentId }),
    selectRecords(
      strapi,
      'api::badge-order-line.badge-order-line',
      { order_ref: documentId },
      LINE_FIELDS,
    ),
    selectRecords(strapi, 'api::payment.payment', { order_ref: documentId }, PAYMENT_FIELDS),
    selectRecords(strapi, 'api::invoice.invoice', { order_ref: documentId }, [
      'kind',
      'invoiceStatus',
      'title',
    ]),
  ]);
  if (!order) return null;
  // The latest invoice: a rejected request may be followed by a new one.
  return { ...order, lines, payments, invoice: invoices.at(-1) ?? null };
}

/**
 * The detail of an order just placed, from the rows its transaction wrote (column → value, with
 * their ids): the same shape as `orderDetail` without reading anything back. No payment, no
 * invoice yet.
 */
export function placedOrderDetail(
  strapi: Core.Strapi,
  order: Record<string, unknown>,
  lines: Record<string, unknown>[],
) {
  const [record] = toRecords(strapi, 'api::badge-order.badge-order', [order]);
  return {
    ...record,
    lines: toRecords(strapi, 'api::badge-order-line.badge-order-line', lines, LINE_FIELDS),
    payments: [],
    invoice: null,
  };
}

/** The actions of the order's own routes for the liaison: pay it while pending, then ask for its invoice. */
export function orderExtraActions(order: Record<string, unknown>, caller: Caller): string[] {
  if (caller.role !== 'liaison') return [];
  if (order.orderStatus === 'pendingPayment') return ['pay'];
  return invoiceMayBeRequested(order) ? ['requestInvoice'] : [];
}
