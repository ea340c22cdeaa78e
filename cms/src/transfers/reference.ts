// The payment reference (汇款识别码) a payer writes in the transfer's remark, e.g. `PV0000127`.
// Why this shape: bank remarks are short (often 20–30 characters) and typed by hand at a
// counter or in corporate banking, so the code must be brief, digits only after a fixed
// prefix, and checkable. It is the order number's serial (unique: a database sequence, see
// config/src/order-number.ts) at least 6 digits wide, plus a Luhn check digit — the check banks
// use for card numbers, which catches every single wrong digit and most swapped neighbours, so
// a mistyped code matches no order instead of the wrong one. `PV` (professional visitor) finds
// it among the other numbers a remark carries; it is read case-insensitively.

const PREFIX = 'PV';

/** The Luhn check digit of a string of digits. */
export function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    // From the right, every second digit (starting with the rightmost) is doubled.
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** `V20250101120000` + `0000000127` → `PV0001277`. */
export function transferReferenceOf(orderNumber: string): string {
  const serial = String(Number(orderNumber.slice(-10))).padStart(6, '0');
  return `${PREFIX}${serial}${luhnDigit(serial)}`;
}

export function isTransferReference(value: string): boolean {
  const match = /^PV(\d{6,10})(\d)$/i.exec(value);
  return !!match && luhnDigit(match[1]!) === Number(match[2]);
}

/**
 * Every well-formed reference in a statement remark, upper-cased, once each. Spaces or dashes
 * a bank inserted between prefix and digits are tolerated; a code with a wrong check digit is
 * not a reference.
 */
export function referencesIn(remark: string): string[] {
  const found = new Set<string>();
  for (const match of remark.matchAll(/P\s*V[\s-]*(\d{7,11})(?!\d)/gi)) {
    const code = `${PREFIX}${match[1]}`;
    if (isTransferReference(code)) found.add(code);
  }
  return [...found];
}
