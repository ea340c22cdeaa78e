// zh-CN / en text for every code a lifecycle check can return, so the cms answers with a code and
// the portal shows the same sentence the cms would.
import type { Locale } from '../vocabularies';

export const transitionMessages = {
  unknownAction: { zh: '不支持的操作', en: 'Unknown action' },
  notAllowedFromState: {
    zh: '当前状态下不能执行该操作',
    en: 'This action is not allowed in the current status',
  },
  actorNotAllowed: { zh: '您无权执行该操作', en: 'You are not allowed to perform this action' },
  reasonRequired: { zh: '请填写原因', en: 'A reason is required' },
  refundNotBankTransfer: {
    zh: '该订单通过支付网关付款，退款由网关原路退回，无需登记银行退款',
    en: 'This order was paid through a gateway: the gateway refunds it, no bank refund to record',
  },
  categoryNotAutoReviewed: {
    zh: '该单位类别需由交易团审核',
    en: 'This organization category is reviewed by its delegation',
  },
  categoryNotDelegationReviewed: {
    zh: '该单位类别由系统自动审核，交易团无需审核',
    en: 'This organization category is approved automatically, not by the delegation',
  },
  organizationNotApproved: {
    zh: '单位信息审核通过后才能办理',
    en: 'The organization must be approved first',
  },
  transferAwaitingConfirmation: {
    zh: '银行转账汇款信息待财务确认，订单暂不过期',
    en: 'A bank transfer is awaiting finance, so the order does not expire yet',
  },
  personNotFree: {
    zh: '该人员需付费办证',
    en: 'This person needs a paid badge',
  },
  personIsFree: {
    zh: '该人员无需付费，直接进入审核',
    en: 'This person needs no payment and goes straight to review',
  },
  redLetterConfirmationRequired: {
    zh: '购买方已抵扣或入账，需开具红字确认单',
    en: 'The buyer has deducted or booked the invoice: a red-letter confirmation is required',
  },
  redLetterConfirmationNotNeeded: {
    zh: '购买方未抵扣或入账，可直接开具红字发票',
    en: 'The buyer has not deducted or booked the invoice: reverse it directly',
  },
} as const satisfies Record<string, { zh: string; en: string }>;

export type TransitionErrorCode = keyof typeof transitionMessages;

/** The message for a code; the code itself when it has none. */
export function transitionMessage(code: string, locale: Locale): string {
  const m = (transitionMessages as Record<string, { zh: string; en: string }>)[code];
  if (!m) return code;
  return locale === 'en' ? m.en : m.zh;
}
