// A liaison's invoice request (申请开票), checked the same way by the portal form and the
// cms: every bad field at once, each with a Chinese and an English message.
import { isValidEmail, isValidMobile } from '../validators/contact';
import { isValidTaxNumber } from '../validators/tax-number';
import type { InvoiceKind } from '../vocabularies';

export interface InvoiceRequest {
  kind: InvoiceKind;
  title: string;
  taxNumber: string;
  mobile: string | null;
  email: string;
  address: string | null;
  phone: string | null;
  bank: string | null;
  bankAccount: string | null;
  remarks: string | null;
}

export interface InvoiceRequestProblem {
  field: keyof InvoiceRequest;
  code: string;
  zh: string;
  en: string;
}

/** The fields a 数电专票 cannot do without (the buyer deducts input VAT against them). */
export const specialInvoiceFields = ['address', 'phone', 'bank', 'bankAccount'] as const;

const labels: Record<keyof InvoiceRequest, [string, string]> = {
  kind: ['发票类型', 'Invoice type'],
  title: ['发票抬头', 'Invoice title'],
  taxNumber: ['税号', 'Tax number'],
  mobile: ['手机号码', 'Mobile'],
  email: ['电子邮箱', 'Email'],
  address: ['地址', 'Address'],
  phone: ['电话', 'Phone'],
  bank: ['开户银行', 'Bank'],
  bankAccount: ['银行账号', 'Bank account'],
  remarks: ['备注', 'Remarks'],
};
const MAX_LENGTH: Partial<Record<keyof InvoiceRequest, number>> = {
  title: 100,
  address: 120,
  bank: 60,
  remarks: 200,
};

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

/**
 * Checks the request body. `lockedTitle`: the paying organization's name for B2B and transfer
 * payments — the title may be left out (it is filled in) but not changed.
 */
export function checkInvoiceRequest(
  body: Record<string, unknown>,
  lockedTitle: string | null = null,
): { request: InvoiceRequest | null; problems: InvoiceRequestProblem[] } {
  const problems: InvoiceRequestProblem[] = [];
  const problem = (field: keyof InvoiceRequest, code: string, zh: string, en: string) =>
    problems.push({ field, code, zh, en });
  const required = (field: keyof InvoiceRequest) =>
    problem(field, 'required', `请填写${labels[field][0]}`, `${labels[field][1]} is required`);
  const invalid = (field: keyof InvoiceRequest, zh: string, en: string) =>
    problem(field, `invalid${field[0]!.toUpperCase()}${field.slice(1)}`, zh, en);

  const kind = body.kind;
  if (kind !== 'ordinary' && kind !== 'special') {
    problem(
      'kind',
      'required',
      '请选择数电普票或数电专票',
      'Choose an ordinary or a special e-invoice',
    );
  }
  const given = text(body.title);
  if (lockedTitle !== null && given && given !== lockedTitle) {
    problem(
      'title',
      'titleLocked',
      `公对公网银或转账支付的订单，发票抬头为付款单位“${lockedTitle}”，不能修改`,
      `The order was paid by a corporate account: the invoice title is the paying organization "${lockedTitle}" and cannot be changed`,
    );
  }
  const title = lockedTitle ?? given;
  if (!title) required('title');
  const taxNumber = text(body.taxNumber).toUpperCase();
  if (!taxNumber) required('taxNumber');
  else if (!isValidTaxNumber(taxNumber)) {
    invalid(
      'taxNumber',
      '税号不正确（18 位统一社会信用代码，或 15/17/20 位纳税人识别号）',
      'Invalid tax number (18-character credit code, or a 15/17/20-character taxpayer ID)',
    );
  }
  const mobile = text(body.mobile);
  if (mobile && !isValidMobile(mobile)) {
    invalid('mobile', '手机号码不正确（11 位）', 'Invalid mobile number (11 digits)');
  }
  const email = text(body.email);
  if (!email) required('email');
  else if (!isValidEmail(email)) invalid('email', '电子邮箱格式不正确', 'Invalid email address');
  const phone = text(body.phone);
  if (phone && !/^[0-9+\-() ]{7,20}$/.test(phone)) {
    invalid('phone', '电话号码不正确', 'Invalid phone number');
  }
  const bankAccount = text(body.bankAccount).replace(/\s+/g, '');
  if (bankAccount && !/^\d{8,30}$/.test(bankAccount)) {
    invalid('bankAccount', '银行账号应为 8–30 位数字', 'The bank account is 8–30 digits');
  }
  const values = {
    title,
    address: text(body.address),
    bank: text(body.bank),
    remarks: text(body.remarks),
  };
  for (const [field, max] of Object.entries(MAX_LENGTH) as [keyof typeof values, number][]) {
    if (values[field].length > max) {
      problem(
        field,
        'tooLong',
        `${labels[field][0]}最多 ${max} 个字`,
        `${labels[field][1]}: at most ${max} characters`,
      );
    }
  }
  if (kind === 'special') {
    const special = { address: values.address, phone, bank: values.bank, bankAccount };
    for (const field of specialInvoiceFields) {
      if (!special[field]) {
        problem(
          field,
          'requiredForSpecial',
          `开具数电专票须填写${labels[field][0]}`,
          `${labels[field][1]} is required for a special VAT e-invoice`,
        );
      }
    }
  }
  if (problems.length > 0) return { request: null, problems };
  const orNull = (value: string) => value || null;
  return {
    request: {
      kind: kind as InvoiceKind,
      title,
      taxNumber,
      mobile: orNull(mobile),
      email,
      address: orNull(values.address),
      phone: orNull(phone),
      bank: orNull(values.bank),
      bankAccount: orNull(bankAccount),
      remarks: orNull(values.remarks),
    },
    problems,
  };
}
