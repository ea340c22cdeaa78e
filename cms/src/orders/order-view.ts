import type { Core } from '@strapi/strapi';

const ORDER = 'api::badge-order.badge-order';

/**
 * One order as its detail page shows it (人员证件订单详情): the order, its lines (name, masked ID,
 * badge type, entry date, fee — copied when ordered), the payment attempts and the invoice state.
 */
export async function orderDetail(strapi: Core.Strapi, documentId: string) {
  const order = (await strapi.documents(ORDER).findOne({
    documentId,
    populate: {
      lines: {
        fields: [
          'personRef',
          'personName',
          'idNumberMasked',
          'badgeType',
          'entryDateOption',
          'feeFen',
          'live',
          'collectionMethod',
        ],
        sort: 'id:asc',
      },
    },
  } as never)) as Record<string, unknown> | null;
  if (!order) return null;
  const [payments, invoice] = await Promise.all([
    strapi.documents('api::payment.payment').findMany({
      filters: { orderRef: documentId },
      fields: [
        'method',
        'paymentStatus',
        'amountFen',
        'paidAmountFen',
        'flagReason',
        'succeededAt',
        'createdAt',
      ],
      sort: 'id:asc',
    } as never),
    strapi.documents('api::invoice.invoice').findFirst({
      filters: { orderRef: documentId },
      fields: ['kind', 'invoiceStatus', 'title'],
      // The latest: a rejected request may be followed by a new one.
      sort: 'id:desc',
    } as never),
  ]);
  return { ...order, payments, invoice: invoice ?? null };
}
