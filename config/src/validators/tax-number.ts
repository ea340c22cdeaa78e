// Buyer tax number on an invoice (纳税人识别号 / 统一社会信用代码). Since 2015 organizations carry
// the 18-character Unified Social Credit Code, which is checked by its check character; older
// taxpayer identification numbers (15 characters: the 6-digit area code and the 9-character
// organization code; 17 or 20 characters for individual businesses) are still printed on
// invoices and have no check character, so only their shape is checked.
import { isValidCreditCode } from './credit-code';

const LEGACY_TAXPAYER_ID = /^(?:\d{6}[0-9A-Z]{9}|[0-9A-Z]{17}|[0-9A-Z]{20})$/;

/** Whether `value` (upper case, trimmed) is a credit code or a legacy taxpayer ID. */
export function isValidTaxNumber(value: string): boolean {
  if (typeof value !== 'string') return false;
  if (value.length === 18) return isValidCreditCode(value);
  return LEGACY_TAXPAYER_ID.test(value);
}
