// Contact details entered on the registration forms.

/** Mainland mobile number, 11 digits starting 13–19 (the SMS-verification channel). */
export function isValidMobile(value: string): boolean {
  return typeof value === 'string' && /^1[3-9]\d{9}$/.test(value);
}

/** International number in E.164 form: + country code and subscriber number, 8–15 digits. */
export function isValidInternationalMobile(value: string): boolean {
  return typeof value === 'string' && /^\+[1-9]\d{7,14}$/.test(value);
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
