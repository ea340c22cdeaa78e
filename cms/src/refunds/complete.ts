import { type Actor, beijingDay } from '@pvis/config';
import type { Knex } from 'knex';
import { bookRefundOnOrder } from './order-books';
import { moveRefund, type RefundRow } from './refund-moves';

export interface RefundOutcome {
  action: 'succeed' | 'recordBankRefund';
  actor: Actor;
  userId?: number;
  /** What reached the payer; less than the fee when a foreign-currency payer lost on the rate. */
  refundedAmountFen: number;
  /** The gateway's refund id or the bank's reference. */
  channelReference: string | null;
  refundedOn?: string;
}

/**
 * The money went back (in the caller's transaction, refund locked): the refund succeeds with
 * the amount and the exchange-rate difference it bore, the person is 已退款, and the order's books
 * follow.
 */
export async function completeRefund(
  trx: Knex.Transaction,
  refund: RefundRow,
  outcome: RefundOutcome,
) {
  const now = new Date();
  await moveRefund(trx, refund, {
    action: outcome.action,
    actor: outcome.actor,
    userId: outcome.userId,
    columns: {
      refunded_amount_fen: outcome.refundedAmountFen,
      exchange_rate_difference_fen: refund.amount_fen - outcome.refundedAmountFen,
      channel_reference: outcome.channelReference,
      refunded_on: outcome.refundedOn ?? beijingDay(now),
      succeeded_at: now,
      failure_reason: null,
    },
  });
  await trx('persons')
    .where('document_id', refund.person_ref)
    .update({ payment_status: 'refunded', updated_at: now });
  await bookRefundOnOrder(trx, refund.order_ref);
}
