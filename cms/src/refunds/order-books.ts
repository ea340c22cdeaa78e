import { can, machines } from '@pvis/config';
import type { Knex } from 'knex';
import { reverseInvoiceOfOrder } from '../invoices/reversal';
import { writeAudit } from '../lifecycle/audit';

/**
 * A refund of this order succeeded (in its transaction): the order moves `refundFully` when its
 * succeeded refunds cover its amount, else `refundPartially`, with an audit row. The order row
 * is locked first, so two refunds of one order completing together count each other.
 */
export async function bookRefundOnOrder(trx: Knex.Transaction, orderRef: string) {
  const order = await trx('badge_orders')
    .where('document_id', orderRef)
    .forUpdate()
    .first('id', 'order_status', 'amount_fen');
  if (!order) throw new Error(`refund of unknown order ${orderRef}`);
  const refunded = await trx('refunds')
    .where({ order_ref: orderRef, refund_status: 'succeeded' })
    .sum({ fen: 'amount_fen' })
    .first();
  const action =
    Number(refunded?.fen ?? 0) >= Number(order.amount_fen) ? 'refundFully' : 'refundPartially';
  const check = can(machines.badgeOrder, order.order_status, action, 'system');
  // Only paid orders have refundable persons: anything else is a bug, and rolls the refund back.
  if (!check.ok) throw new Error(`order ${orderRef}: ${action} refused (${check.code})`);
  await writeAudit(
    trx,
    [
      {
        machine: 'badgeOrder',
        recordRef: orderRef,
        action,
        fromState: order.order_status,
        toState: String(check.to),
        actorRole: 'system',
        actorName: '系统操作',
      },
    ],
    undefined,
    trx('badge_orders')
      .where('id', order.id)
      .update({ order_status: check.to, updated_at: new Date() }),
  );
  // A full refund reverses the order's invoice (红字), in the same transaction.
  if (action === 'refundFully') await reverseInvoiceOfOrder(trx, orderRef, '全额退款');
}
