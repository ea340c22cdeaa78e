import { z } from 'zod';
import { bilingual } from './message';
import { dayNotAfterToday, givenText } from './request-fields';

/** The longest bank reference (银行流水号) a refund keeps. */
export const BANK_REFERENCE_MAX = 64;

const reference = bilingual(
  'required',
  `请填写银行流水号（最多 ${BANK_REFERENCE_MAX} 位）`,
  `Enter the bank reference (at most ${BANK_REFERENCE_MAX} characters)`,
);

/**
 * 登记银行退款, `POST /refunds/:id/bank-refund`: what reached the payer (at most the refund's
 * `amountFen`; a foreign-currency payer may get less, the exchange-rate difference), the bank's
 * reference and the day, not after today (`now`).
 */
export const bankRefundRules = (amountFen: number, now: Date) => {
  const amount = bilingual(
    'invalidAmount',
    `退款金额应为 1 至 ${amountFen} 分之间的整数`,
    `The refunded amount must be a whole number of fen from 1 to ${amountFen}`,
  );
  return {
    refundedAmountFen: z.number(amount).int(amount).min(1, amount).max(amountFen, amount),
    bankReference: givenText(BANK_REFERENCE_MAX, reference),
    refundedOn: dayNotAfterToday(now, {
      code: 'invalidDate',
      zh: '请填写退款日期（不晚于今天）',
      en: 'Enter the refund date (not after today)',
    }),
  };
};

export const bankRefundRequest = (amountFen: number, now: Date) =>
  z.object(bankRefundRules(amountFen, now));
