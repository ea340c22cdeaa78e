import { bankRefundRequest } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { parseRequest } from '../http/request-schema';
import { completeRefund } from './complete';
import { lockRefundOr404 } from './refund-moves';

/** The bank refund form, by the bank refund schema (400 with every problem at once). */
export const parseBankRefund = (data: Record<string, unknown>, amountFen: number) =>
  parseRequest(bankRefundRequest(amountFen, new Date()), data);

/**
 * POST /refunds/:id/bank-refund `{ refundedAmountFen, bankReference, refundedOn }` — finance
 * refunded a transfer at the bank (登记银行退款): the refund succeeds with what reached the payer;
 * a foreign-currency payer's shortfall is the exchange-rate difference.
 */
export async function recordBankRefund(
  strapi: Core.Strapi,
  documentId: string,
  data: Record<string, unknown>,
  userId?: number,
) {
  await strapi.db.transaction(async ({ trx }) => {
    const refund = await lockRefundOr404(trx, documentId);
    const form = parseBankRefund(data, refund.amount_fen);
    await completeRefund(trx, refund, {
      action: 'recordBankRefund',
      actor: 'finance',
      userId,
      refundedAmountFen: form.refundedAmountFen,
      channelReference: form.bankReference,
      refundedOn: form.refundedOn,
    });
  });
}
