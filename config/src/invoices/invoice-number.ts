// 数电发票号码: 20 digits as the State Taxation Administration assigns them to fully digitalized
// e-invoices — positions 1–2 the year (two digits), 3–4 the issuing province's division code
// (31 Shanghai, where the expo's organizer is registered), 5 the issuing channel, 6–20 a serial.
// The serial is our own sequence (database/constraints/008-invoices.sql), so numbers never repeat.

import { formatBeijingTime } from '../beijing-time';

export const INVOICE_NUMBER_LENGTH = 20;

/** The invoice number for `serial` issued at `at` (China time decides the year). */
export function invoiceNumber(
  serial: number,
  at: Date,
  provinceCode = '31',
  channel = '1',
): string {
  if (!Number.isSafeInteger(serial) || serial < 1 || serial >= 10 ** 15) {
    throw new RangeError(`invoice serial out of range: ${serial}`);
  }
  if (!/^\d{2}$/.test(provinceCode) || !/^\d$/.test(channel)) {
    throw new RangeError('province code is two digits, channel one');
  }
  return `${formatBeijingTime(at, 'YY')}${provinceCode}${channel}${String(serial).padStart(15, '0')}`;
}
