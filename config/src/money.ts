// Money is integer fen (1/100 yuan) everywhere, so sums are exact and comparable with gateway
// notifications, which also report fen. Every amount shown, mailed, printed or exported is
// written from fen here, so a screen, a receipt and an invoice never disagree on a figure.

export function assertFen(value: number, what = 'amount'): void {
  if (!Number.isSafeInteger(value)) {
    throw new TypeError(`${what} must be an integer number of fen, got ${value}`);
  }
}

/** Whole yuan and the two fen digits of an amount, apart from its sign. */
function yuanParts(fen: number): { sign: string; yuan: string; cents: string } {
  assertFen(fen);
  const abs = Math.abs(fen);
  return {
    sign: fen < 0 ? '-' : '',
    yuan: String(Math.floor(abs / 100)),
    cents: String(abs % 100).padStart(2, '0'),
  };
}

/**
 * `¥1,234.50`, `-¥10.50`: an amount as the expo shows it to people — screens, mails, receipts,
 * lists. Thousands grouped with commas in both languages.
 */
export function formatFen(fen: number): string {
  const { sign, yuan, cents } = yuanParts(fen);
  return `${sign}¥${yuan.replace(/\B(?=(\d{3})+$)/g, ',')}.${cents}`;
}

/**
 * `1234.50`, `-10.50`: yuan with two decimals and nothing else — the cells of an invoice and the
 * amount fields of payment gateways.
 */
export function yuanDecimal(fen: number): string {
  const { sign, yuan, cents } = yuanParts(fen);
  return `${sign}${yuan}.${cents}`;
}

/** 1234.5: yuan as a number, for spreadsheet cells (Excel sums them) and amount inputs. */
export function yuanNumber(fen: number): number {
  assertFen(fen);
  return fen / 100;
}

/** Yuan as typed by a person (e.g. `200` or `200.5`) to fen; null when it is not a money amount. */
export function yuanToFen(yuan: string): number | null {
  const m = /^(\d{1,13})(?:\.(\d{1,2}))?$/.exec(yuan.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}
