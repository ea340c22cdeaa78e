import type { Core } from '@strapi/strapi';
import { conflict, fieldError, invalidFields, notFound } from '../errors';
import { writeAudit } from '../lifecycle/audit';
import { isGatewayMethod, type PaymentPrompt } from '../payments/types';
import { insertPayment } from './payment-rows';

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
  const gateways = strapi.service('api::payment.gateways') as unknown as Gateways;
  if (!isGatewayMethod(method) || !gateways.adapter(method)) {
    throw invalidFields([
      fieldError(
        'method',
        'methodNotOffered',
        '请选择可用的支付方式（支付宝、微信支付、银联或企业网银）',
        'Choose an offered payment method (Alipay, WeChat Pay, UnionPay or the B2B bank gateway)',
      ),
    ]);
  }
  const { order, payment } = await strapi.db.transaction(async ({ trx }) => {
    const order = await trx('badge_orders')
      .where({ document_id: orderDocumentId })
      .forShare()
      .first(
        'id',
        'document_id',
        'order_number',
        'amount_fen',
        'head_count',
        'order_status',
        'expires_at',
      );
    if (!order) throw notFound();
    if (order.order_status !== 'pendingPayment') {
      throw conflict([
        fieldError(
          'orderStatus',
          'orderNotPayable',
          '该订单已支付、已取消或已过期，不能支付',
          'This order is paid, cancelled or expired and cannot be paid',
        ),
      ]);
    }
    const open = await trx('payments')
      .where({ order_ref: order.document_id, method, payment_status: 'created' })
      .whereNull('gateway_transaction_id')
      .first('document_id', 'payment_status', 'method', 'amount_fen');
    if (open) return { order, payment: open };
    const payment = await insertPayment(trx, {
      orderRef: order.document_id,
      orderId: order.id,
      method,
      amountFen: order.amount_fen,
    });
    await writeAudit(
      trx,
      [
        {
          machine: 'payment',
          recordRef: payment.document_id,
          action: 'create',
          fromState: 'none',
          toState: 'created',
          actorRole: 'liaison',
        },
      ],
      userId,
    );
    return { order, payment };
  });
  const prompt = await gateways.createPayment(method, {
    orderNumber: order.order_number,
    amountFen: order.amount_fen,
    subject: `CIIE 专业观众证件 ${order.head_count} 人`,
    returnUrl: `${portalUrl()}/visitor/orders/${order.document_id}`,
    expiresAt: order.expires_at ? new Date(order.expires_at) : undefined,
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
