import type { Knex } from 'knex';
import { conflict, fieldError, notFound } from '../errors';

/**
 * The unpaid order, locked for the rest of the transaction (`share`: against a concurrent payment
 * settling it; `update`: to write it); 404 when missing, 409 when no longer payable.
 */
export async function lockPayableOrder(
  trx: Knex.Transaction,
  orderDocumentId: string,
  lock: 'share' | 'update',
) {
  const query = trx('badge_orders').where({ document_id: orderDocumentId });
  const order = await (lock === 'share' ? query.forShare() : query.forUpdate()).first(
    'id',
    'document_id',
    'order_number',
    'amount_fen',
    'head_count',
    'order_status',
    'expires_at',
    'transfer_reference',
  );
  if (!order) throw notFound();
  if (order.order_status !== 'pendingPayment') {
    throw conflict([
      fieldError(
        'orderStatus',
        'orderNotPayable',
        '该订单已支付、已取消或已过期，不能支付',
        'This order is paid, cancelled or expired and cannot be paid',
      ),
    ]);
  }
  return order;
}
