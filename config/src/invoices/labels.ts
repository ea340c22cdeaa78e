import type { VocabularyEntry } from '../vocabularies';

// 发票 states (config/src/lifecycle/invoice.ts) as the liaison's order page and finance's lists show them.
export const invoiceStatusLabels = [
  { code: 'requested', zh: '待开票', en: 'Requested' },
  { code: 'issued', zh: '已开具', en: 'Issued' },
  { code: 'reversalPending', zh: '红字确认中', en: 'Red-letter confirmation pending' },
  { code: 'reversed', zh: '已红冲', en: 'Reversed' },
  { code: 'rejected', zh: '已驳回', en: 'Rejected' },
] as const satisfies readonly VocabularyEntry[];

// 红字确认单 states of a red-letter invoice.
export const redLetterConfirmationLabels = [
  { code: 'notRequired', zh: '无需确认', en: 'Not required' },
  { code: 'pending', zh: '待确认', en: 'Pending' },
  { code: 'confirmed', zh: '已确认', en: 'Confirmed' },
  { code: 'expired', zh: '已逾期', en: 'Expired' },
] as const satisfies readonly VocabularyEntry[];
