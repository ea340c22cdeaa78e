import type { Actor, PaymentAction } from '@pvis/config';
import type { Knex } from 'knex';
import { type MovingRow, moveRows } from '../db/move-rows';

export interface PaymentRow {
  id: number;
  document_id: string;
  payment_status: string;
  method: string;
  amount_fen: number;
  gateway_transaction_id: string | null;
}

/** The columns of a PaymentRow, for selects that lock a payment before moving it. */
export const PAYMENT_COLUMNS = [
  'id',
  'document_id',
  'payment_status',
  'method',
  'amount_fen',
  'gateway_transaction_id',
] as const;

/**
 * One payment through the payment machine of config/ in the caller's transaction, with its
 * audit row (db/move-rows.ts). Throws when the machine refuses: a notification path that tries
 * an impossible move is a bug, and the rollback makes the gateway retry rather than lose the
 * money.
 */
export async function movePayment(
  trx: Knex.Transaction,
  payment: PaymentRow,
  action: PaymentAction,
  columns: Record<string, unknown> = {},
  actor: Actor = 'system',
  reason?: string,
  userId?: number,
) {
  const [to] = await moveRows(
    trx,
    [payment as PaymentRow & MovingRow],
    { machine: 'payment', action, actor, reason, userId, columns },
    ([refused]) =>
      new Error(`payment ${payment.document_id}: ${action} refused (${refused?.code})`),
  );
  return to!;
}

/** Closes the order's open attempts (the order ended, or another attempt paid it). */
export async function closeOpenPayments(trx: Knex.Transaction, orderRef: string, except?: number) {
  const open: PaymentRow[] = await trx('payments')
    .where({ order_ref: orderRef })
    // A rejected transfer remittance is still open to resubmission until the order ends.
    .whereIn('payment_status', ['created', 'rejected'])
    .modify((q) => (except ? q.whereNot('id', except) : q))
    .forUpdate();
  for (const payment of open) await movePayment(trx, payment, 'close');
}
