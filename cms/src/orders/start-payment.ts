import type { Core } from '@strapi/strapi';
import { fieldError, invalidFields } from '../errors';
import { gatewayFailure } from '../payments/gateway-errors';
import { isGatewayMethod, type PaymentPrompt } from '../payments/types';
import { startTransfer } from '../transfers/start';
import { lockPayableOrder } from './payable-order';
import { openPayment } from './payment-rows';

interface Gateways {
  adapter(method: string): unknown;
  createPayment(
    method: string,
    input: {
      orderNumber: string;
      amountFen: number;
      subject: string;
      returnUrl?: string;
      expiresAt?: Date;
    },
  ): Promise<PaymentPrompt | null>;
}

const portalUrl = () => process.env.PORTAL_URL ?? 'http://127.0.0.1:5173';

/**
 * 去支付: opens a payment attempt (`created`, audit row) for an unpaid order through one gateway
 * and returns what the payer is shown — QR content or the bank's form. Pressing again with the
 * same method reuses the open attempt; the notification decides (payments/record.ts).
 */
export async function startPayment(
  strapi: Core.Strapi,
  orderDocumentId: string,
  method: unknown,
  userId?: number,
) {
  // 银行转账 has no gateway: the account, the reference and later the remittance (transfers/).
  if (method === 'bankTransfer') return startTransfer(strapi, orderDocumentId, userId);
  const gateways = strapi.service('api::payment.gateways') as unknown as Gateways;
  if (!isGatewayMethod(method) || !gateways.adapter(method)) {
    throw invalidFields([
      fieldError(
        'method',
        'methodNotOffered',
        '请选择可用的支付方式（支付宝、微信支付、银联、企业网银或银行转账）',
        'Choose an offered payment method (Alipay, WeChat Pay, UnionPay, the B2B bank gateway or bank transfer)',
      ),
    ]);
  }
  const { order, payment } = await strapi.db.transaction(async ({ trx }) => {
    const order = await lockPayableOrder(trx, orderDocumentId, 'share');
    const open = await trx('payments')
      .where({ order_ref: order.document_id, method, payment_status: 'created' })
      .whereNull('gateway_transaction_id')
      .first('document_id', 'payment_status', 'method', 'amount_fen');
    if (open) return { order, payment: open };
    const payment = await openPayment(trx, order, method, userId);
    return { order, payment };
  });
  // The open attempt stays `created` whatever the gateway answers: pressing again reuses it,
  // and only a verified notification moves it.
  const prompt = await gateways
    .createPayment(method, {
      orderNumber: order.order_number,
      amountFen: order.amount_fen,
      subject: `CIIE 专业观众证件 ${order.head_count} 人`,
      returnUrl: `${portalUrl()}/visitor/orders/${order.document_id}`,
      expiresAt: order.expires_at ? new Date(order.expires_at) : undefined,
    })
    .catch((error: unknown) => {
      throw gatewayFailure(strapi, `payment of ${order.order_number} by ${method}`, error);
    });
  return {
    payment: {
      documentId: String(payment.document_id),
      method,
      paymentStatus: String(payment.payment_status),
      amountFen: Number(payment.amount_fen),
    },
    prompt,
  };
}
