import { parsePhoneNumberFromString } from 'libphonenumber-js';

// Contact details entered on the registration forms. Phone numbers are checked against the
// numbering plans of libphonenumber-js, so a well-shaped number no country uses is refused.

const MAINLAND_SHAPE = /^1[3-9]\d{9}$/;
const E164_SHAPE = /^\+[1-9]\d{7,14}$/;

/** Mainland mobile number, 11 digits starting 13–19 (the SMS-verification channel). */
export function isValidMobile(value: string): boolean {
  if (typeof value !== 'string' || !MAINLAND_SHAPE.test(value)) return false;
  return parsePhoneNumberFromString(value, 'CN')?.isValid() === true;
}

/** International number in E.164 form: + country code and subscriber number, 8–15 digits. */
export function isValidInternationalMobile(value: string): boolean {
  if (typeof value !== 'string' || !E164_SHAPE.test(value)) return false;
  return parsePhoneNumberFromString(value)?.isValid() === true;
}

/**
 * The stored form of a mobile number: a mainland number as its 11 digits (also when typed with
 * +86, so the SMS channel reaches it), any other as E.164. Spaces, dashes, dots and brackets
 * people type are dropped; `00` is read as `+`. Anything unreadable comes back as typed (trimmed)
 * for the check to refuse.
 */
export function normaliseMobile(value: string): string {
  const typed = value.trim();
  const compact = typed.replace(/[\s\-().]/g, '').replace(/^00/, '+');
  if (!compact.startsWith('+')) return compact;
  const phone = parsePhoneNumberFromString(compact);
  if (!phone?.isValid()) return compact;
  return phone.countryCallingCode === '86' && MAINLAND_SHAPE.test(phone.nationalNumber)
    ? phone.nationalNumber
    : phone.number;
}

/**
 * The one mobile rule: domestic organizations and mainland persons give a mainland number;
 * whoever may be abroad gives a mainland number or a valid international number in E.164.
 * Takes the normalised form (normaliseMobile).
 */
export function isValidMobileFor(value: string, mayBeInternational: boolean): boolean {
  return isValidMobile(value) || (mayBeInternational && isValidInternationalMobile(value));
}

/** Mainland postcode (邮政编码), 6 digits. */
export function isValidPostcode(value: string): boolean {
  return typeof value === 'string' && /^\d{6}$/.test(value);
}

// Deliberately practical, not RFC 5322: one @, no spaces, a dotted domain with a 2+ letter TLD.
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

export function isValidEmail(value: string): boolean {
  if (typeof value !== 'string' || value.length > 254) return false;
  if (!EMAIL.test(value)) return false;
  const local = value.slice(0, value.lastIndexOf('@'));
  return (
    local.length <= 64 && !local.startsWith('.') && !local.endsWith('.') && !local.includes('..')
  );
}

/**
 * Where a verification code may go: a mainland mobile number (the SMS channel sends only there)
 * or an email. The cms refuses any other target; the portal checks the same rule early.
 */
export function isValidCodeTarget(channel: 'sms' | 'email', value: string): boolean {
  return channel === 'sms' ? isValidMobile(value) : isValidEmail(value);
}
