// The boundary between a verified gateway notification and the order books: in ONE transaction
// the order is locked, the payment attempt the liaison started (POST /badge-orders/:id/payments)
// moves through the payment machine (notifySuccess / notifyFailure / flag, with audit), and a
// good payment pays the order and its persons (orders/settle.ts). The unique index on
// (method, gateway_transaction_id) and the order lock make the tenth copy of a notification
// find the first one's row. The receipt is queued after commit.
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { isConstraintViolation } from '../errors';
import {
  closeOpenPayments,
  movePayment,
  PAYMENT_COLUMNS,
  type PaymentRow,
} from '../orders/payment-moves';
import { insertPayment } from '../orders/payment-rows';
import { queueReceipt } from '../orders/receipt';
import { settleOrder } from '../orders/settle';
import type { GatewayMethod, PaymentNotice } from './types';

interface OrderRow {
  id: number;
  document_id: string;
  amount_fen: number;
  order_status: string;
}

export interface RecordedPayment {
  documentId: string;
  paymentStatus: string;
  /** False when this notification repeated one already recorded. */
  created: boolean;
  /** True when this notification paid its order. */
  paidOrder?: string;
}

/**
 * Why verified money does not pay its order; finance looks at flagged payments. `orderCancelled`
 * / `orderExpired` / `orderPaid` (a second payment): the money is to be refunded.
 */
function flagReason(order: OrderRow | null, notice: PaymentNotice): string | null {
  if (!order) return 'unknownOrder';
  if (order.amount_fen !== notice.amountFen) return 'amountMismatch';
  if (order.order_status !== 'pendingPayment')
    return `order${order.order_status[0]!.toUpperCase()}${order.order_status.slice(1)}`;
  return null;
}

/** The attempt this notification answers: the open one of that method, else the closed one. */
async function attemptFor(
  trx: Knex.Transaction,
  order: OrderRow | null,
  method: GatewayMethod,
  notice: PaymentNotice,
): Promise<PaymentRow> {
  const attempt = order
    ? ((await trx('payments')
        .select(PAYMENT_COLUMNS)
        .where({ order_ref: order.document_id, method })
        .whereNull('gateway_transaction_id')
        .whereIn('payment_status', ['created', 'closed'])
        .orderByRaw(`payment_status = 'created' DESC, id DESC`)
        .forUpdate()
        .first()) as PaymentRow | undefined)
    : undefined;
  // Money we did not ask for this way (a second QR code paid, an unknown order): recorded all
  // the same, so finance sees it.
  return (
    attempt ??
    insertPayment(trx, {
      orderRef: orderRefOf(order, notice),
      orderId: order?.id,
      method,
      amountFen: order?.amount_fen ?? notice.amountFen,
    })
  );
}

/** The order a payment row belongs to; money for an unknown order is kept under its number. */
const orderRefOf = (order: OrderRow | null, notice: PaymentNotice) =>
  order?.document_id ?? `unknown:${notice.orderNumber}`;

/**
 * A verified notification naming a transaction already booked for ANOTHER order: it pays
 * nothing. It is recorded once (per transaction and order) as a flagged row for finance — the
 * transaction id stays on the first row, the reuse is in the payload — and answered as received,
 * since the gateway would otherwise resend it for a day.
 */
async function recordReusedTransaction(
  trx: Knex.Transaction,
  order: OrderRow | null,
  method: GatewayMethod,
  notice: PaymentNotice,
  first: { document_id: string },
): Promise<RecordedPayment> {
  const orderRef = orderRefOf(order, notice);
  const known = await trx('payments')
    .where({ method, order_ref: orderRef, flag_reason: REUSED })
    .whereRaw(`gateway_payload->>'reusedTransactionId' = ?`, [notice.gatewayTransactionId])
    .first('document_id', 'payment_status');
  if (known) {
    return {
      documentId: String(known.document_id),
      paymentStatus: String(known.payment_status),
      created: false,
    };
  }
  const payment = await insertPayment(trx, {
    orderRef,
    orderId: order?.id,
    method,
    amountFen: order?.amount_fen ?? notice.amountFen,
  });
  const status = await movePayment(
    trx,
    payment,
    'flag',
    {
      paid_amount_fen: notice.amountFen,
      gateway_payload: JSON.stringify({
        ...notice.payload,
        orderNumber: notice.orderNumber,
        reusedTransactionId: notice.gatewayTransactionId,
        firstPayment: first.document_id,
      }),
      notified_at: new Date(),
      flag_reason: REUSED,
    },
    'system',
    REUSED,
  );
  return { documentId: payment.document_id, paymentStatus: status, created: true };
}

/** flag_reason of a notification whose transaction id is already another order's payment. */
export const REUSED = 'transactionReused';

async function record(
  strapi: Core.Strapi,
  method: GatewayMethod,
  notice: PaymentNotice,
): Promise<RecordedPayment> {
  return strapi.db.transaction(async ({ trx }) => {
    const order = ((await trx('badge_orders')
      .where({ order_number: notice.orderNumber })
      .forUpdate()
      .first('id', 'document_id', 'amount_fen', 'order_status')) ?? null) as OrderRow | null;
    const repeat = await trx('payments')
      .where({ method, gateway_transaction_id: notice.gatewayTransactionId })
      .first('document_id', 'payment_status', 'order_ref');
    if (repeat && repeat.order_ref === orderRefOf(order, notice)) {
      return {
        documentId: String(repeat.document_id),
        paymentStatus: String(repeat.payment_status),
        created: false,
      };
    }
    if (repeat) return recordReusedTransaction(trx, order, method, notice, repeat);
    const payment = await attemptFor(trx, order, method, notice);
    const columns = {
      gateway_transaction_id: notice.gatewayTransactionId,
      paid_amount_fen: notice.amountFen,
      gateway_payload: JSON.stringify({ orderNumber: notice.orderNumber, ...notice.payload }),
      notified_at: new Date(),
    };
    const result = (paymentStatus: string, paidOrder?: string): RecordedPayment => ({
      documentId: payment.document_id,
      paymentStatus,
      created: true,
      paidOrder,
    });
    if (!notice.succeeded) {
      // A closed attempt stays closed; the failure is kept on it for finance.
      if (payment.payment_status !== 'created') {
        await trx('payments').where('id', payment.id).update(columns);
        return result(payment.payment_status);
      }
      return result(await movePayment(trx, payment, 'notifyFailure', columns));
    }
    const reason = flagReason(order, notice);
    if (reason || !order) {
      return result(
        await movePayment(
          trx,
          payment,
          'flag',
          { ...columns, flag_reason: reason },
          'system',
          reason ?? undefined,
        ),
      );
    }
    const status = await movePayment(trx, payment, 'notifySuccess', {
      ...columns,
      succeeded_at: notice.paidAt,
    });
    await settleOrder(trx, order, {
      method,
      reference: notice.gatewayTransactionId,
      paidAt: notice.paidAt,
    });
    // Other methods the liaison opened and did not use are superseded.
    await closeOpenPayments(trx, order.document_id, payment.id);
    return result(status, order.document_id);
  });
}

export async function recordGatewayPayment(
  strapi: Core.Strapi,
  method: GatewayMethod,
  notice: PaymentNotice,
): Promise<RecordedPayment> {
  let recorded: RecordedPayment;
  try {
    recorded = await record(strapi, method, notice);
  } catch (error) {
    // Two copies for an unknown order (nothing to lock), or two orders' notifications naming one
    // transaction, raced: the other committed first. Looked at again it is a repeat or a reuse.
    if (!isConstraintViolation(error)) throw error;
    recorded = await record(strapi, method, notice);
  }
  // After commit: a rolled-back payment mails nothing; the mail queue retries while SMTP is down.
  // A failure here must not make the gateway resend a payment that is already booked.
  if (recorded.paidOrder) {
    await queueReceipt(strapi, recorded.paidOrder).catch((error: Error) =>
      strapi.log.error(`receipt for order ${recorded.paidOrder} not queued: ${error.message}`),
    );
  }
  return recorded;
}
