// The five notices (系统提示) a liaison accepts before a badge order is placed. The
// order stores the codes and the version, so what was accepted can be shown later.

export const ORDER_TERMS_VERSION = '2025-08';

export const orderTerms = [
  {
    code: 'accuracy',
    zh: '因信息填写错误导致无法入场的，责任由参观人员自负。',
    en: 'If wrong information prevents entry, the visitor bears the responsibility.',
  },
  {
    code: 'realName',
    zh: '实行实名制登记和入场，证件不得转让、转卖。',
    en: 'Registration and entry are real-name; badges may not be transferred or resold.',
  },
  {
    code: 'noPersonalRefund',
    zh: '因个人原因不予退款，仅审核不通过的人员可申请退款。',
    en: 'No refund for personal reasons; only persons rejected in review are refunded.',
  },
  {
    code: 'exchangeRate',
    zh: '审核不通过的人员可退款，汇率差额由参观人员承担。',
    en: 'A rejected person can be refunded; exchange-rate differences are borne by the visitor.',
  },
  {
    code: 'oneInvoice',
    zh: '一个订单只能开具一张发票；如需分开开票，请取消订单后分别下单。',
    en: 'One invoice per order; to split invoices, cancel and place separate orders.',
  },
] as const;

export type OrderTermCode = (typeof orderTerms)[number]['code'];

/** The codes among the five that `accepted` does not contain (empty: all accepted). */
export function missingOrderTerms(accepted: unknown): OrderTermCode[] {
  const given = new Set(Array.isArray(accepted) ? accepted : []);
  return orderTerms.map((t) => t.code).filter((code) => !given.has(code));
}
