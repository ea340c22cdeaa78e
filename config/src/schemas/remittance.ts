import { z } from 'zod';
import { bilingual } from './message';
import { dayNotAfterToday, givenText } from './request-fields';

/** The longest payer name and bank the form takes (as the payer's bank prints them). */
export const remittanceLimits = { payerName: 100, payerBank: 100 } as const;

const payerName = bilingual(
  'payerName',
  `请填写付款户名（${remittanceLimits.payerName} 字以内）`,
  `Enter the payer's account name (at most ${remittanceLimits.payerName} characters)`,
);
const payerAccount = bilingual(
  'payerAccount',
  '付款账号须为 6–34 位数字或字母',
  "The payer's account number must be 6–34 digits or letters",
);
const payerBank = bilingual(
  'payerBank',
  `请填写付款开户行（${remittanceLimits.payerBank} 字以内）`,
  `Enter the payer's bank (at most ${remittanceLimits.payerBank} characters)`,
);
const amountFen = bilingual(
  'amountFen',
  '请填写汇款金额（大于 0）',
  'Enter the amount remitted (more than 0)',
);

/**
 * The remittance details (汇款信息) as the payer's bank shows them, `POST
 * /badge-orders/:id/remittances` (a multipart form: every value may come as a string). `now`
 * decides "today" for the date.
 */
export const remittanceRules = (now: Date) => ({
  payerName: givenText(remittanceLimits.payerName, payerName),
  // Banks print account numbers in groups; the digits and letters are the account (IBAN too).
  payerAccount: z
    .string(payerAccount)
    .transform((account) => account.trim().replace(/[\s-]/g, ''))
    .pipe(z.string().regex(/^[0-9A-Za-z]{6,34}$/, payerAccount)),
  payerBank: givenText(remittanceLimits.payerBank, payerBank),
  amountFen: z
    .union([z.number(), z.string()], amountFen)
    .transform((value) => (typeof value === 'number' ? String(value) : value.trim()))
    .pipe(z.string().regex(/^\d{1,12}$/, amountFen))
    .transform(Number)
    .refine((fen) => fen > 0, amountFen),
  remittedOn: dayNotAfterToday(now, {
    code: 'remittedOn',
    zh: '请填写汇款日期（不能晚于今天）',
    en: 'Enter the remittance date (today or earlier)',
  }),
});

export const remittanceRequest = (now: Date) => z.object(remittanceRules(now));

export type Remittance = z.output<ReturnType<typeof remittanceRequest>>;
