import { createId } from '@paralleldrive/cuid2';
import type { Core } from '@strapi/strapi';
import { insertLinks } from '../db/links';
import { conflict, fieldError } from '../errors';
import { lockPayableOrder } from '../orders/payable-order';
import { movePayment, PAYMENT_COLUMNS, type PaymentRow } from '../orders/payment-moves';
import type { UploadedFile } from '../uploads/checked-image';
import { assertPaymentMove } from './payment-checks';
import { parseRemittance, remittanceFieldsOf } from './remittance-input';
import { storeVoucher } from './voucher';
import { linkVoucher } from './voucher-link';

const noTransfer = () =>
  conflict([
    fieldError(
      'method',
      'transferNotStarted',
      '请先选择银行转账支付方式',
      'Choose bank transfer as the payment method first',
    ),
  ]);

/**
 * 提交汇款信息: the liaison's remittance details and voucher for the order's transfer payment. The
 * fields and the voucher's bytes are checked first (400, nothing stored); then in one transaction
 * the payment `submitRemittance` → awaitingConfirmation (created, or rejected and corrected) with
 * its audit row, and the remittance row with its voucher. A voucher stored for a refused
 * submission is removed again.
 */
export async function submitRemittance(
  strapi: Core.Strapi,
  orderDocumentId: string,
  caller: { organizationRef?: string | null; userId?: number },
  body: unknown,
  file: UploadedFile | UploadedFile[] | undefined,
) {
  const input = parseRemittance(remittanceFieldsOf(body));
  const voucher = await storeVoucher(strapi, file);
  try {
    return await strapi.db.transaction(async ({ trx }) => {
      const order = await lockPayableOrder(trx, orderDocumentId, 'update');
      const payment = (await trx('payments')
        .select(PAYMENT_COLUMNS)
        .where({ order_ref: order.document_id, method: 'bankTransfer' })
        .whereIn('payment_status', ['created', 'awaitingConfirmation', 'rejected'])
        .orderBy('id', 'desc')
        .forUpdate()
        .first()) as PaymentRow | undefined;
      if (!payment) throw noTransfer();
      assertPaymentMove(payment, 'submitRemittance', 'liaison');
      await movePayment(
        trx,
        payment,
        'submitRemittance',
        { payer_name: input.payerName, rejection_reason: null },
        'liaison',
        undefined,
        caller.userId,
      );
      const now = new Date();
      const [remittance] = await trx('remittances')
        .insert({
          document_id: createId(),
          order_ref: order.document_id,
          organization_ref: caller.organizationRef,
          payment_ref: payment.document_id,
          payer_name: input.payerName,
          payer_account: input.payerAccount,
          payer_bank: input.payerBank,
          amount_fen: input.amountFen,
          remitted_on: input.remittedOn,
          decision: 'pending',
          created_at: now,
          updated_at: now,
          published_at: now,
        })
        .returning(['id', 'document_id']);
      await insertLinks(trx, 'remittance.payment', [{ owner: remittance.id, target: payment.id }]);
      await linkVoucher(trx, remittance.id, voucher.id);
      return { documentId: String(remittance.document_id), paymentRef: payment.document_id };
    });
  } catch (error) {
    await strapi
      .plugin('upload')
      .service('upload')
      .remove(voucher)
      .catch(() => undefined);
    throw error;
  }
}
