import { z } from 'zod';
import { isValidTaxNumber } from '../validators/tax-number';
import { type InvoiceKind, invoiceKinds } from '../vocabularies';
import { emailAddress, optional, required, text } from './fields';
import { bilingual } from './message';
import { mainlandMobile } from './request-fields';

/** How the fields are named in messages. */
const labels = {
  title: { zh: '发票抬头', en: 'Invoice title' },
  address: { zh: '地址', en: 'Address' },
  phone: { zh: '电话', en: 'Phone' },
  bank: { zh: '开户银行', en: 'Bank' },
  bankAccount: { zh: '银行账号', en: 'Bank account' },
  remarks: { zh: '备注', en: 'Remarks' },
} as const;

/** The longest each text may be (the form's inputs stop there too). */
export const invoiceRequestLimits = { title: 100, address: 120, bank: 60, remarks: 200 } as const;

/** The fields a 数电专票 cannot do without (the buyer deducts input VAT against them). */
export const specialInvoiceFields = ['address', 'phone', 'bank', 'bankAccount'] as const;
type SpecialField = (typeof specialInvoiceFields)[number];

const kindCodes = invoiceKinds.map((k) => k.code) as [InvoiceKind, ...InvoiceKind[]];
const kindMessage = bilingual(
  'required',
  '请选择数电普票或数电专票',
  'Choose an ordinary or a special e-invoice',
);
const phoneMessage = bilingual('invalidPhone', '电话号码不正确', 'Invalid phone number');
const accountMessage = bilingual(
  'invalidBankAccount',
  '银行账号应为 8–30 位数字',
  'The bank account is 8–30 digits',
);

const bankDetails = {
  address: text(invoiceRequestLimits.address, labels.address),
  phone: z
    .string(phoneMessage)
    .trim()
    .regex(/^[0-9+\-() ]{7,20}$/, phoneMessage),
  bank: text(invoiceRequestLimits.bank, labels.bank),
  // Banks print account numbers in groups of four.
  bankAccount: z
    .string(accountMessage)
    .transform((account) => account.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{8,30}$/, accountMessage)),
};

/** Optional on a 普票, required on a 专票. */
const bankDetail = (field: SpecialField, special: boolean) =>
  special
    ? required(
        bankDetails[field],
        `开具数电专票须填写${labels[field].zh}`,
        `${labels[field].en} is required for a special VAT e-invoice`,
        'requiredForSpecial',
      )
    : optional(bankDetails[field]);

/**
 * With a locked title (B2B and transfer payments: the paying organization's name) the
 * title may be left out, it is filled in, but not changed.
 */
const lockedTitleRule = (lockedTitle: string) =>
  optional(z.string().trim())
    .refine(
      (given) => given === undefined || given === lockedTitle,
      bilingual(
        'titleLocked',
        `公对公网银或转账支付的订单，发票抬头为付款单位“${lockedTitle}”，不能修改`,
        `The order was paid by a corporate account: the invoice title is the paying organization "${lockedTitle}" and cannot be changed`,
      ),
    )
    .transform(() => lockedTitle);

/**
 * 申请开票, `POST /invoices`, for the kind chosen and the order's locked title if any:
 * every field's rule; the amount, number and state come from the order and finance.
 */
export const invoiceRequestRules = (kind: unknown, lockedTitle: string | null = null) => {
  const special = kind === 'special';
  return {
    kind: z.enum(kindCodes, kindMessage),
    title:
      lockedTitle === null
        ? required(
            text(invoiceRequestLimits.title, labels.title),
            '请填写发票抬头',
            'Invoice title is required',
          )
        : lockedTitleRule(lockedTitle),
    taxNumber: required(
      z
        .string()
        .trim()
        .toUpperCase()
        .refine(
          isValidTaxNumber,
          bilingual(
            'invalidTaxNumber',
            '税号不正确（18 位统一社会信用代码，或 15/17/20 位纳税人识别号）',
            'Invalid tax number (18-character credit code, or a 15/17/20-character taxpayer ID)',
          ),
        ),
      '请填写税号',
      'Tax number is required',
    ),
    mobile: optional(mainlandMobile()),
    email: required(emailAddress(), '请填写电子邮箱', 'Email is required'),
    address: bankDetail('address', special),
    phone: bankDetail('phone', special),
    bank: bankDetail('bank', special),
    bankAccount: bankDetail('bankAccount', special),
    remarks: optional(text(invoiceRequestLimits.remarks, labels.remarks)),
  };
};

export const invoiceRequest = (kind: unknown, lockedTitle: string | null = null) =>
  z.object(invoiceRequestRules(kind, lockedTitle));

export type InvoiceRequest = z.output<ReturnType<typeof invoiceRequest>>;
