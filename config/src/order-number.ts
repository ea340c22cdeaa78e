// Badge order numbers as the guide shows them (`V202005122303133594063001`): V + the order time
// yyyyMMddHHmmss in China time + a 10-digit serial, 25 characters. Readable by people, sortable
// by time, and unique as long as the serial is (the cms takes it from a database sequence).

import { formatBeijingTime, fromBeijingTime } from './beijing-time';

const MAX_SERIAL = 9_999_999_999;

export function formatOrderNumber(date: Date, serial: number): string {
  if (!Number.isSafeInteger(serial) || serial < 0 || serial > MAX_SERIAL) {
    throw new RangeError(`serial must be an integer from 0 to ${MAX_SERIAL}, got ${serial}`);
  }
  const stamp = formatBeijingTime(date, 'YYYYMMDDHHmmss');
  return `V${stamp}${String(serial).padStart(10, '0')}`;
}

export function isOrderNumber(value: string): boolean {
  return typeof value === 'string' && /^V\d{24}$/.test(value);
}

/** The order time encoded in an order number, or null when it is not one. */
export function orderNumberDate(value: string): Date | null {
  if (!isOrderNumber(value)) return null;
  const [y, mo, d, h, mi, s] = [1, 5, 7, 9, 11, 13].map((i, k) =>
    Number(value.slice(i, k === 0 ? 5 : i + 2)),
  ) as [number, number, number, number, number, number];
  // Null for impossible timestamps such as month 13, which date arithmetic would roll over.
  return fromBeijingTime(y, mo, d, h, mi, s);
}
