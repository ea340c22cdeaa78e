// Money is integer fen (1/100 yuan) everywhere, so sums are exact and comparable with gateway
// notifications, which also report fen.
import type { Locale } from './vocabularies';

export function assertFen(value: number, what = 'amount'): void {
  if (!Number.isSafeInteger(value)) {
    throw new TypeError(`${what} must be an integer number of fen, got ${value}`);
  }
}

/** `¥1,234.50` (both locales use the yuan sign; en groups thousands the same way). */
export function formatFen(fen: number, locale: Locale = 'zh-CN'): string {
  assertFen(fen);
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100).toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN');
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}¥${yuan}.${cents}`;
}

export interface OrderLine {
  /** Fee of one line (one person's badge), in fen. */
  feeFen: number;
}

/** The amount due for an order: the sum of its lines, in fen. Throws on a non-integer fee. */
export function orderAmount(lines: readonly OrderLine[]): number {
  let total = 0;
  for (const line of lines) {
    assertFen(line.feeFen, 'feeFen');
    if (line.feeFen < 0) throw new RangeError(`feeFen must not be negative, got ${line.feeFen}`);
    total += line.feeFen;
  }
  assertFen(total, 'total');
  return total;
}

/** Yuan as typed by a person (e.g. `200` or `200.5`) to fen; null when it is not a money amount. */
export function yuanToFen(yuan: string): number | null {
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
