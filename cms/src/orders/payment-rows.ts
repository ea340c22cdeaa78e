import { createId } from '@paralleldrive/cuid2';
import type { Knex } from 'knex';
import { insertLinks } from '../db/links';
import { writeAudit } from '../lifecycle/audit';
import type { PaymentRow } from './payment-moves';

export interface NewPayment {
  orderRef: string;
  /** The order's numeric id, for the relation's link row; absent for an unknown order. */
  orderId?: number;
  method: string;
  amountFen: number;
}

/** Inserts a payment attempt in `created` with its order link (the document service's rows). */
export async function insertPayment(trx: Knex.Transaction, payment: NewPayment) {
  const now = new Date();
  const [row] = (await trx('payments')
    .insert({
      document_id: createId(),
      order_ref: payment.orderRef,
      method: payment.method,
      payment_status: 'created',
      amount_fen: payment.amountFen,
      created_at: now,
      updated_at: now,
      published_at: now,
      created_by_id: null,
      updated_by_id: null,
      locale: null,
    })
    .returning([
      'id',
      'document_id',
      'payment_status',
      'method',
      'amount_fen',
      'gateway_transaction_id',
    ])) as PaymentRow[];
  if (payment.orderId) {
    await insertLinks(trx, 'payment.order', [{ owner: row!.id, target: payment.orderId }]);
  }
  return row!;
}

/** 去支付: the liaison opens a payment attempt for their order (`created`, audit row). */
export async function openPayment(
  trx: Knex.Transaction,
  order: { id: number; document_id: string; amount_fen: number },
  method: string,
  userId?: number,
) {
  const payment = await insertPayment(trx, {
    orderRef: order.document_id,
    orderId: order.id,
    method,
    amountFen: order.amount_fen,
  });
  await writeAudit(
    trx,
    [
      {
        machine: 'payment',
        recordRef: payment.document_id,
        action: 'create',
        fromState: 'none',
        toState: 'created',
        actorRole: 'liaison',
      },
    ],
    userId,
  );
  return payment;
}
