// The sandbox gateway "plays the bank": it keeps the payments it was asked to collect, shows a
// page for each (the QR content / bank redirect points there) and, when the payer presses Pay,
// sends that gateway's signed notification over HTTP to the notify URL it was given, exactly
// as the real gateway would; the answer decides whether it retries. One process, in memory.
import { randomBytes } from 'node:crypto';
import { createAlipayAdapter } from '../alipay';
import { parseForm } from '../form';
import type {
  CreatePaymentInput,
  GatewayAdapter,
  GatewayMethod,
  QueryResult,
  RefundRequest,
  RefundResult,
} from '../types';
import { b2bGateway, createUnionPayAdapter, unionPayQr } from '../unionpay';
import { verifyUnionPayFields } from '../unionpay-signature';
import { createWechatPayAdapter } from '../wechat-pay';
import {
  SANDBOX_ALIPAY_GATEWAY,
  SANDBOX_UNIONPAY,
  SANDBOX_WECHATPAY_API,
  sandboxGatewayApi,
} from './gateway-api';
import type { SandboxKeys } from './keys';
import {
  gatewayNotification,
  gatewayTransactionId,
  type OutgoingNotification,
  unionPayRefundNotification,
  wechatPayRefundNotification,
} from './notifications';

export interface SandboxPayment {
  id: string;
  method: GatewayMethod;
  orderNumber: string;
  amountFen: number;
  subject: string;
  notifyUrl: string;
  returnUrl?: string;
  state: 'pending' | 'paid' | 'closed';
  gatewayTransactionId: string;
  createdAt: Date;
  paidAt?: Date;
  /** What the merchant answered each notification (status and body), newest last. */
  deliveries: { status: number; body: string }[];
  refunds: SandboxRefund[];
}

export interface SandboxRefund {
  refundNumber: string;
  gatewayRefundId: string;
  amountFen: number;
  /** pending: accepted, the money not moved yet; done: refunded (what a refund query says). */
  state: 'pending' | 'done';
  /** The refund notification was answered with success (WeChat Pay, UnionPay). */
  notified: boolean;
  /** When the merchant sent it (UnionPay names a refund by orderId and this txnTime). */
  requestedAt?: Date;
  notifyUrl: string;
  deliveries: { status: number; body: string }[];
}

/** WeChat Pay and UnionPay refund asynchronously: accepted now, a signed notification later. */
const notifiesRefunds = (method: GatewayMethod): method is 'wechatPay' | 'unionPay' =>
  method === 'wechatPay' || method === 'unionPay';

const KEEP_MS = 24 * 3600 * 1000;

export class SandboxBank {
  readonly payments = new Map<string, SandboxPayment>();

  /** baseUrl: where the cms is reached (the sandbox pages are served by it). */
  constructor(
    readonly keys: SandboxKeys,
    private readonly baseUrl: () => string,
  ) {}

  pageUrl(id: string) {
    return `${this.baseUrl()}/api/payment-sandbox/${id}`;
  }

  open(method: GatewayMethod, input: CreatePaymentInput): SandboxPayment {
    this.forgetOld();
    const payment: SandboxPayment = {
      id: randomBytes(12).toString('base64url'),
      method,
      orderNumber: input.orderNumber,
      amountFen: input.amountFen,
      subject: input.subject,
      notifyUrl: input.notifyUrl,
      returnUrl: input.returnUrl,
      state: 'pending',
      gatewayTransactionId: gatewayTransactionId(method),
      createdAt: new Date(),
      deliveries: [],
      refunds: [],
    };
    this.payments.set(payment.id, payment);
    return payment;
  }

  /**
   * The bank's front door for the B2B gateway: the merchant's signed form, checked as the bank
   * checks it (merchant certificate, merId), opens a payment.
   */
  openFromB2bForm(rawForm: string): SandboxPayment {
    const fields = parseForm(rawForm);
    const merchant = this.keys.b2bGateway.merchant.certificate;
    verifyUnionPayFields(
      fields,
      new Map([[BigInt(`0x${merchant.serialNumber}`).toString(10), merchant]]),
    );
    if (fields.merId !== this.keys.b2bGateway.merId) throw new Error('unknown merId');
    return this.open('b2bGateway', {
      orderNumber: fields.orderId,
      amountFen: Number(fields.txnAmt),
      subject: fields.orderDesc ?? '',
      notifyUrl: fields.backUrl,
      returnUrl: fields.frontUrl,
    });
  }

  /** The payer pressed Pay: money moves, the signed notification goes out. */
  async pay(id: string): Promise<SandboxPayment | null> {
    const payment = this.payments.get(id);
    if (!payment || payment.state === 'closed') return null;
    if (payment.state === 'pending') {
      payment.state = 'paid';
      payment.paidAt = new Date();
    }
    // Pressing Pay again re-sends the notification, as a gateway retries an unanswered one.
    await this.deliver(payment, this.notificationOf(payment));
    return payment;
  }

  /** The payer gave up or the bank declined: the payment closes (no notification, as Alipay and WeChat do). */
  fail(id: string): SandboxPayment | null {
    const payment = this.payments.get(id);
    if (payment?.state !== 'pending') return null;
    payment.state = 'closed';
    return payment;
  }

  notificationOf(payment: SandboxPayment): OutgoingNotification {
    return gatewayNotification(this.keys, payment.method, {
      orderNumber: payment.orderNumber,
      gatewayTransactionId: payment.gatewayTransactionId,
      amountFen: payment.amountFen,
      subject: payment.subject,
      paidAt: payment.paidAt ?? new Date(),
    });
  }

  async deliver(payment: SandboxPayment, notification: OutgoingNotification) {
    payment.deliveries.push(await this.post(payment.notifyUrl, notification));
  }

  /** One notification over HTTP; what the merchant answered (status 0: nobody answered). */
  private async post(url: string, notification: OutgoingNotification) {
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'Content-Type': notification.contentType, ...notification.headers },
        body: notification.body,
      });
      return { status: response.status, body: await response.text() };
    } catch (error) {
      return { status: 0, body: (error as Error).message };
    }
  }

  query(method: GatewayMethod, orderNumber: string): QueryResult {
    const latest = [...this.payments.values()]
      .filter((p) => p.method === method && p.orderNumber === orderNumber)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())[0];
    if (!latest) return { state: 'closed' };
    return {
      state: latest.state === 'paid' ? 'paid' : latest.state,
      gatewayTransactionId: latest.state === 'paid' ? latest.gatewayTransactionId : undefined,
      amountFen: latest.amountFen,
    };
  }

  /**
   * Test switches, as a bank's test console has them: hold refund notifications until
   * sendRefundNotice is called; decline the next refunds with this message.
   */
  holdRefundNotices = false;
  declineRefunds: string | null = null;
  /**
   * Alipay answers the refund `fund_change=N` (money not moved in this call) and refunds a moment
   * later, as it does for a repeated request or a refund still in progress.
   */
  alipayFundChangeN = false;
  /** Alipay's refund query says REFUND_SUCCESS without refund_amount (a malformed answer). */
  refundQueryWithoutAmount = false;
  /** The bank's synchronous answers are tampered with after signing (a forged answer). */
  forgeAnswers = false;
  /** Delay before an accepted refund's money moves. */
  refundSettleMs = 100;

  /**
   * A refund of a paid transaction within what is left of it; the refund number de-duplicates
   * (asking again answers as the first time). Alipay and the B2B gateway refund synchronously;
   * WeChat Pay and UnionPay accept and send their signed refund notification shortly after.
   */
  refund(method: GatewayMethod, request: RefundRequest): RefundResult {
    const paid = [...this.payments.values()].find(
      (p) => p.method === method && p.gatewayTransactionId === request.gatewayTransactionId,
    );
    if (paid?.state !== 'paid') return { state: 'refused', message: 'no such paid transaction' };
    let refund = paid.refunds.find((r) => r.refundNumber === request.refundNumber);
    if (!refund) {
      if (this.declineRefunds) return { state: 'refused', message: this.declineRefunds };
      const refunded = paid.refunds.reduce((sum, r) => sum + r.amountFen, 0);
      if (refunded + request.amountFen > paid.amountFen) {
        return { state: 'refused', message: 'refund exceeds the paid amount' };
      }
      const later = notifiesRefunds(method) || (method === 'alipay' && this.alipayFundChangeN);
      refund = {
        refundNumber: request.refundNumber,
        gatewayRefundId: `${paid.gatewayTransactionId}R${request.refundNumber.slice(-6)}`,
        amountFen: request.amountFen,
        state: later ? 'pending' : 'done',
        notified: false,
        requestedAt: request.requestedAt,
        notifyUrl: request.notifyUrl,
        deliveries: [],
      };
      paid.refunds.push(refund);
      if (later) {
        const settling = refund;
        const notify = notifiesRefunds(method) && !this.holdRefundNotices;
        setTimeout(() => {
          settling.state = 'done';
          if (notify) void this.sendRefundNotice(settling.refundNumber);
        }, this.refundSettleMs);
      }
    }
    return {
      state: refund.state === 'done' ? 'done' : 'accepted',
      gatewayRefundId: refund.gatewayRefundId,
    };
  }

  /** The gateway sends (or re-sends) its signed refund notification; null for an unknown refund. */
  async sendRefundNotice(refundNumber: string): Promise<SandboxRefund | null> {
    for (const payment of this.payments.values()) {
      const refund = payment.refunds.find((r) => r.refundNumber === refundNumber);
      if (!refund || !notifiesRefunds(payment.method)) continue;
      const completed = {
        orderNumber: payment.orderNumber,
        gatewayTransactionId: payment.gatewayTransactionId,
        refundNumber,
        gatewayRefundId: refund.gatewayRefundId,
        amountFen: refund.amountFen,
        totalFen: payment.amountFen,
        refundedAt: new Date(),
      };
      const notification =
        payment.method === 'wechatPay'
          ? wechatPayRefundNotification(this.keys.wechatPay, completed)
          : unionPayRefundNotification(this.keys.unionPay, completed);
      // Notifying means the gateway has refunded.
      refund.state = 'done';
      const delivered = await this.post(refund.notifyUrl, notification);
      refund.deliveries.push(delivered);
      if (delivered.status >= 200 && delivered.status < 300) refund.notified = true;
      return refund;
    }
    return null;
  }

  /** A refund by its number, with the payment it refunds. */
  findRefund(method: GatewayMethod, refundNumber: string) {
    for (const payment of this.payments.values()) {
      if (payment.method !== method) continue;
      const refund = payment.refunds.find((r) => r.refundNumber === refundNumber);
      if (refund) return { payment, refund };
    }
    return null;
  }

  private forgetOld() {
    const cutoff = Date.now() - KEEP_MS;
    for (const [id, payment] of this.payments) {
      if (payment.createdAt.getTime() < cutoff) this.payments.delete(id);
    }
  }

  /**
   * The merchant side configured with the sandbox keys: notification checks and answers are
   * the production adapters'; outgoing calls go to this bank instead of the network.
   */
  adapters(): Map<GatewayMethod, GatewayAdapter> {
    const k = this.keys;
    const certs = (holder: { certificate: import('node:crypto').X509Certificate }) =>
      new Map([[BigInt(`0x${holder.certificate.serialNumber}`).toString(10), holder.certificate]]);
    const transport = sandboxGatewayApi(this);
    const unionPay = (['unionPay', 'b2bGateway'] as const).map((method) =>
      createUnionPayAdapter(
        {
          merId: k[method].merId,
          signKey: k[method].merchant.privateKey,
          signCertificate: k[method].merchant.certificate,
          verifyCertificates: certs(k[method].gateway),
          frontUrl: `${this.baseUrl()}/api/payment-sandbox/b2b/front`,
          backUrl: `${SANDBOX_UNIONPAY[method]}/backTransReq.do`,
          queryUrl: `${SANDBOX_UNIONPAY[method]}/queryTrans.do`,
          fetch: transport,
        },
        method === 'unionPay' ? unionPayQr : b2bGateway,
      ),
    );
    return new Map<GatewayMethod, GatewayAdapter>([
      // The production adapters whole, their calls answered by this bank in each gateway's
      // signed format (gateway-api.ts), so every check runs as in production.
      [
        'alipay',
        createAlipayAdapter({
          appId: k.alipay.appId,
          sellerId: k.alipay.sellerId,
          privateKey: k.alipay.merchant.privateKey,
          alipayPublicKey: k.alipay.gateway.publicKey,
          gateway: SANDBOX_ALIPAY_GATEWAY,
          fetch: transport,
        }),
      ],
      [
        'wechatPay',
        createWechatPayAdapter({
          mchId: k.wechatPay.mchId,
          appId: k.wechatPay.appId,
          apiV3Key: k.wechatPay.apiV3Key,
          merchantPrivateKey: k.wechatPay.merchant.privateKey,
          merchantSerial: k.wechatPay.merchant.certificate.serialNumber,
          // Configured as a merchant switching over: the public key and the old certificate.
          platformKeys: new Map([
            [k.wechatPay.publicKeyId, k.wechatPay.wechatPayKey.publicKey],
            [
              k.wechatPay.platform.certificate.serialNumber.toUpperCase(),
              k.wechatPay.platform.publicKey,
            ],
          ]),
          apiBase: SANDBOX_WECHATPAY_API,
          fetch: transport,
        }),
      ],
      ...unionPay.map((adapter) => [adapter.method, adapter] as const),
    ]);
  }
}
