import type { Knex } from 'knex';
import { closeOpenPayments, movePayment, type PaymentRow } from '../orders/payment-moves';
import { settleOrder } from '../orders/settle';

export interface TransferOrder {
  id: number;
  document_id: string;
  order_status: string;
  amount_fen: number;
  transfer_reference: string | null;
}

/**
 * Money of a transfer is in (finance confirmed the remittance, or a statement line proved it):
 * in the caller's transaction, with the order locked and checked payable, the payment moves to
 * succeeded (audit row with the caller's reason, e.g. the statement line), the order is paid and
 * its persons go to review (orders/settle.ts), other open attempts close, and a pending
 * remittance is marked confirmed. The receipt is the caller's to queue after commit.
 */
export async function settleTransfer(
  trx: Knex.Transaction,
  order: TransferOrder,
  payment: PaymentRow,
  how: {
    action: 'confirm' | 'confirmByStatement';
    paidAt: Date;
    userId?: number;
    reason?: string;
  },
) {
  const now = new Date();
  await movePayment(
    trx,
    payment,
    how.action,
    { paid_amount_fen: order.amount_fen, succeeded_at: how.paidAt },
    'finance',
    how.reason,
    how.userId,
  );
  await settleOrder(trx, order, {
    method: 'bankTransfer',
    reference: order.transfer_reference ?? payment.document_id,
    paidAt: how.paidAt,
  });
  await closeOpenPayments(trx, order.document_id, payment.id);
  await trx('remittances')
    .where({ payment_ref: payment.document_id, decision: 'pending' })
    .update({ decision: 'confirmed', decided_at: now, updated_at: now });
}
