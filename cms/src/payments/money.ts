// Gateways speak yuan strings (Alipay `total_amount`) or fen integers (WeChat, UnionPay). We
// convert by string so `0.07` never becomes 6.999… fen.
import { yuanDecimal, yuanToFen } from '@pvis/config';
import { NotificationRefused } from './types';

/** `200.00` → 20000; refuses anything that is not a non-negative amount with ≤ 2 decimals. */
export function gatewayYuanToFen(yuan: unknown): number {
  const fen = typeof yuan === 'string' ? yuanToFen(yuan) : null;
  if (fen === null) throw new NotificationRefused('malformed', `not a yuan amount: ${yuan}`);
  return fen;
}

/** 20000 → `200.00`, the form Alipay wants for total_amount and refund_amount. */
export function fenToYuan(fen: number): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new RangeError(`not an amount in fen: ${fen}`);
  return yuanDecimal(fen);
}

/** A fen amount sent as digits (`txnAmt=20000`, `amount.total: 20000`). */
export function gatewayFen(value: unknown): number {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^\d{1,15}$/.test(text)) {
    throw new NotificationRefused('malformed', `not an amount in fen: ${value}`);
  }
  return Number(text);
}
