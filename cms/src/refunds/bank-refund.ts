import { beijingDay } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { type FieldError, fieldError, invalidFields } from '../errors';
import { completeRefund } from './complete';
import { lockRefundOr404 } from './refund-moves';

export interface BankRefund {
  refundedAmountFen: number;
  bankReference: string;
  refundedOn: string;
}

const isDate = (value: unknown): value is string =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}$/.test(value) &&
  !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
  new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/** The bank refund form, field by field (400 with every problem at once). */
export function parseBankRefund(data: Record<string, unknown>, amountFen: number): BankRefund {
  const problems: FieldError[] = [];
  const amount = data.refundedAmountFen;
  if (!Number.isInteger(amount) || (amount as number) <= 0 || (amount as number) > amountFen) {
    problems.push(
      fieldError(
        'refundedAmountFen',
        'invalidAmount',
        `退款金额应为 1 至 ${amountFen} 分之间的整数`,
        `The refunded amount must be a whole number of fen from 1 to ${amountFen}`,
      ),
    );
  }
  const reference = typeof data.bankReference === 'string' ? data.bankReference.trim() : '';
  if (!reference || reference.length > 64) {
    problems.push(
      fieldError(
        'bankReference',
        'required',
        '请填写银行流水号（最多 64 位）',
        'Enter the bank reference (at most 64 characters)',
      ),
    );
  }
  const today = beijingDay(new Date());
  if (!isDate(data.refundedOn) || data.refundedOn > today) {
    problems.push(
      fieldError(
        'refundedOn',
        'invalidDate',
        '请填写退款日期（不晚于今天）',
        'Enter the refund date (not after today)',
      ),
    );
  }
  if (problems.length > 0) throw invalidFields(problems);
  return {
    refundedAmountFen: amount as number,
    bankReference: reference,
    refundedOn: data.refundedOn as string,
  };
}

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
