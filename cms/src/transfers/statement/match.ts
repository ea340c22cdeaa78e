import { startOfBeijingDay } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import type { Caller } from '../../access/caller';
import { conflict, fieldError, invalidFields, notFound } from '../../errors';
import { PAYMENT_COLUMNS, type PaymentRow } from '../../orders/payment-moves';
import { queueReceipt } from '../../orders/receipt';
import { assertPaymentMove } from '../payment-checks';
import { referencesIn } from '../reference';
import { settleTransfer } from '../settle-transfer';
import { OPEN_TRANSFER_STATES } from '../start';

/** Why a credit line pays no order; the code stays on the line for finance. */
/** A credit line nothing has paid yet: finance may match it by hand (the route and the button). */
export const isOpenForMatching = (line: { matchStatus?: unknown; direction?: unknown }) =>
  line.matchStatus === 'unmatched' && line.direction === 'credit';

/** The statement line's own action for finance: match it by hand while it is open. */
export const statementLineActions = (line: Record<string, unknown>, caller: Caller) =>
  caller.role === 'finance' && isOpenForMatching(line) ? ['match'] : [];

const reasons = {
  noReference: ['附言中没有汇款识别码', 'No payment reference in the remark'],
  ambiguous: ['附言中有多个汇款识别码', 'The remark names more than one payment reference'],
  unknownReference: ['汇款识别码不对应任何订单', 'The payment reference names no order'],
  orderNotPayable: ['订单已支付、已取消或已过期', 'The order is paid, cancelled or expired'],
  amountMismatch: [
    '流水金额与订单应付金额不一致',
    'The amount differs from the amount due on the order',
  ],
  noOpenPayment: [
    '该订单没有待确认的银行转账',
    'The order has no bank transfer waiting to be confirmed',
  ],
  lineNotOpen: ['该流水已匹配或不是收入', 'This line is already matched or is not a credit'],
} as const satisfies Record<string, readonly [string, string]>;
export type UnmatchedReason = keyof typeof reasons;

const refuse = (code: UnmatchedReason) =>
  conflict([fieldError('match', code, reasons[code][0], reasons[code][1])]);

interface Line {
  id: number;
  document_id: string;
  bank_transaction_id: string;
  /** yyyy-MM-dd (selected with to_char: no time zone shifts a bank day). */
  booked_on: string;
  amount_fen: number;
  direction: string;
  match_status: string;
}

/**
 * One statement line pays one transfer payment, in the caller's transaction: the order (locked
 * first, as on every payment path), the payment and the line are locked and checked — order
 * unpaid, exact amount, payment open, line still unmatched — else 409 with the reason code and
 * nothing written. The payment `confirmByStatement` (audit reason names the line), the order is
 * settled, the line remembers what it paid.
 */
async function applyMatch(
  trx: Knex.Transaction,
  lineId: number,
  orderRef: string,
  paymentRef: string | null,
  by: 'reference' | 'finance',
  userId?: number,
) {
  const order = await trx('badge_orders')
    .where({ document_id: orderRef })
    .forUpdate()
    .first('id', 'document_id', 'order_number', 'order_status', 'amount_fen', 'transfer_reference');
  if (!order) throw by === 'finance' ? notFound() : refuse('unknownReference');
  const line = (await trx('bank_statement_lines')
    .where('id', lineId)
    .forUpdate()
    .first(
      'id',
      'document_id',
      'bank_transaction_id',
      trx.raw(`to_char(booked_on, 'YYYY-MM-DD') as booked_on`),
      'amount_fen',
      'direction',
      'match_status',
    )) as Line;
  if (!isOpenForMatching({ matchStatus: line.match_status, direction: line.direction }))
    throw refuse('lineNotOpen');
  if (order.order_status !== 'pendingPayment') throw refuse('orderNotPayable');
  if (Number(line.amount_fen) !== Number(order.amount_fen)) throw refuse('amountMismatch');
  const payment = (await trx('payments')
    .select(PAYMENT_COLUMNS)
    .where({ order_ref: order.document_id, method: 'bankTransfer' })
    .modify((q) => (paymentRef ? q.where('document_id', paymentRef) : q))
    .whereIn('payment_status', OPEN_TRANSFER_STATES)
    .orderBy('id', 'desc')
    .forUpdate()
    .first()) as PaymentRow | undefined;
  if (!payment) throw refuse('noOpenPayment');
  assertPaymentMove(payment, 'confirmByStatement', 'finance');
  const bookedOn = line.booked_on;
  await settleTransfer(trx, order, payment, {
    action: 'confirmByStatement',
    paidAt: startOfBeijingDay(bookedOn)!, // to_char above gives a real day
    userId,
    reason: `银行流水 ${line.bank_transaction_id}（${bookedOn}）/ statement line ${line.document_id}`,
  });
  const now = new Date();
  await trx('bank_statement_lines').where('id', line.id).update({
    match_status: 'matched',
    unmatched_reason: null,
    payment_ref: payment.document_id,
    order_ref: order.document_id,
    order_number: order.order_number,
    matched_by: by,
    matched_at: now,
    updated_at: now,
  });
  return String(order.document_id);
}

const receiptFor = (strapi: Core.Strapi, orderRef: string) =>
  queueReceipt(strapi, orderRef).catch((error: Error) =>
    strapi.log.error(`receipt for order ${orderRef} not queued: ${error.message}`),
  );

const reasonCodeOf = (error: unknown): UnmatchedReason | null => {
  const code = (error as { details?: { errors?: { code?: string }[] } })?.details?.errors?.[0]
    ?.code;
  return code && code in reasons ? (code as UnmatchedReason) : null;
};

/**
 * A freshly imported credit line matched by the payment reference in its remark AND its amount;
 * true when it paid an order. Anything else leaves it unmatched with the reason, for finance.
 */
export async function matchByReference(
  strapi: Core.Strapi,
  line: { id: number; remark: string },
  userId?: number,
): Promise<boolean> {
  const knex = strapi.db.connection;
  const references = referencesIn(line.remark ?? '');
  let reason: UnmatchedReason | null =
    references.length === 0 ? 'noReference' : references.length > 1 ? 'ambiguous' : null;
  if (!reason) {
    const order = await knex('badge_orders')
      .where({ transfer_reference: references[0] })
      .first('document_id');
    if (!order) reason = 'unknownReference';
    else {
      try {
        const paid = await strapi.db.transaction(({ trx }) =>
          applyMatch(trx, line.id, order.document_id, null, 'reference', userId),
        );
        await receiptFor(strapi, paid);
        return true;
      } catch (error) {
        reason = reasonCodeOf(error);
        if (!reason) throw error;
      }
    }
  }
  await knex('bank_statement_lines')
    .where({ id: line.id, match_status: 'unmatched' })
    .update({ unmatched_reason: reason, updated_at: new Date() });
  return false;
}

/**
 * POST /bank-statement-lines/:id/match `{paymentId}`: finance picks the transfer payment an
 * unmatched line pays (the remark was missing or mistyped). Same checks; 409 otherwise.
 */
export async function matchByFinance(
  strapi: Core.Strapi,
  lineDocumentId: string,
  paymentDocumentId: unknown,
  userId?: number,
) {
  if (typeof paymentDocumentId !== 'string' || !paymentDocumentId) {
    throw invalidFields([
      fieldError('paymentId', 'required', '请选择要匹配的转账', 'Choose the transfer to match'),
    ]);
  }
  const knex = strapi.db.connection;
  const [line, payment] = await Promise.all([
    knex('bank_statement_lines').where({ document_id: lineDocumentId }).first('id'),
    knex('payments')
      .where({ document_id: paymentDocumentId, method: 'bankTransfer' })
      .first('order_ref'),
  ]);
  if (!line || !payment) throw notFound();
  const paid = await strapi.db.transaction(({ trx }) =>
    applyMatch(trx, line.id, payment.order_ref, paymentDocumentId, 'finance', userId),
  );
  await receiptFor(strapi, paid);
}
