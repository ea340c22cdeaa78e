import type { Core } from '@strapi/strapi';
import { fieldError, invalidFields } from '../errors';
import { lockPayableOrder } from '../orders/payable-order';
import { openPayment } from '../orders/payment-rows';
import { receivingAccount } from './account';
import { transferReferenceOf } from './reference';

/** Transfer attempts still in play: the liaison's remittance may yet be sent, decided or redone. */
export const OPEN_TRANSFER_STATES = ['created', 'awaitingConfirmation', 'rejected'] as const;

/**
 * 银行转账 chosen: opens (or reuses) the order's transfer payment in `created`, gives the order its
 * payment reference once (unique index), and answers what the payer needs to transfer: the
 * receiving account, the reference for the remark, the amount.
 */
export async function startTransfer(strapi: Core.Strapi, orderDocumentId: string, userId?: number) {
  const account = receivingAccount();
  if (!account) {
    throw invalidFields([
      fieldError(
        'method',
        'methodNotOffered',
        '暂不接受银行转账，请选择其他支付方式',
        'Bank transfer is not offered; choose another payment method',
      ),
    ]);
  }
  return strapi.db.transaction(async ({ trx }) => {
    const order = await lockPayableOrder(trx, orderDocumentId, 'update');
    const reference = order.transfer_reference ?? transferReferenceOf(order.order_number);
    if (!order.transfer_reference) {
      await trx('badge_orders').where('id', order.id).update({ transfer_reference: reference });
    }
    let payment = await trx('payments')
      .where({ order_ref: order.document_id, method: 'bankTransfer' })
      .whereIn('payment_status', OPEN_TRANSFER_STATES)
      .orderBy('id', 'desc')
      .first('document_id', 'payment_status', 'amount_fen');
    payment ??= await openPayment(trx, order, 'bankTransfer', userId);
    return {
      payment: {
        documentId: String(payment.document_id),
        method: 'bankTransfer',
        paymentStatus: String(payment.payment_status),
        amountFen: Number(payment.amount_fen),
      },
      prompt: {
        kind: 'transfer' as const,
        account,
        reference,
        amountFen: Number(order.amount_fen),
      },
    };
  });
}
