import { orderNumberDate } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { gatewayAdapter, notifyUrl } from '../payments/registry';
import { type GatewayAdapter, isGatewayMethod, type RefundRequest } from '../payments/types';
import type { RefundRow } from './refund-moves';

export type GatewayRefund =
  | { ok: true; adapter: GatewayAdapter; request: RefundRequest }
  | { ok: false; message: string };

/**
 * The refund as its gateway is asked about it — to refund (submit.ts) and to confirm
 * (confirm.ts) — with the same numbers both times: our refund number, the original transaction,
 * and the submission time (UnionPay's txnTime for the refund).
 */
export async function gatewayRefund(
  strapi: Core.Strapi,
  refund: RefundRow,
  submittedAt: Date,
): Promise<GatewayRefund> {
  if (!isGatewayMethod(refund.payment_method)) throw new Error('not a gateway refund');
  const adapter = gatewayAdapter(refund.payment_method);
  if (!adapter) {
    return { ok: false, message: `${refund.payment_method} 未配置 (not configured)` };
  }
  const payment = await strapi.db
    .connection('payments')
    .where({ order_ref: refund.order_ref, payment_status: 'succeeded' })
    .orderBy('id', 'desc')
    .first('gateway_transaction_id', 'amount_fen', 'paid_amount_fen');
  if (!payment?.gateway_transaction_id) {
    return { ok: false, message: '找不到原支付流水 (no gateway payment to refund)' };
  }
  return {
    ok: true,
    adapter,
    request: {
      orderNumber: refund.order_number,
      gatewayTransactionId: payment.gateway_transaction_id,
      refundNumber: refund.refund_number,
      amountFen: refund.amount_fen,
      totalFen: payment.paid_amount_fen ?? payment.amount_fen,
      reason: '人员审核不通过退款',
      notifyUrl: notifyUrl(strapi, refund.payment_method),
      orderTime: orderNumberDate(refund.order_number) ?? undefined,
      requestedAt: submittedAt,
    },
  };
}
