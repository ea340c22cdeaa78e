// The payment gateway adapter interface (docs/architecture.md). Every online method (Alipay, WeChat Pay,
// UnionPay QR, the B2B corporate bank gateway) implements it against its published formats;
// the rest of the cms sees only these shapes. Money is integer fen throughout.

/** The online methods; bank transfer has no gateway (remittance + finance review). */
export const gatewayMethods = ['alipay', 'wechatPay', 'unionPay', 'b2bGateway'] as const;
export type GatewayMethod = (typeof gatewayMethods)[number];

export const isGatewayMethod = (value: unknown): value is GatewayMethod =>
  (gatewayMethods as readonly unknown[]).includes(value);

export interface CreatePaymentInput {
  /** The badge order number (`V…`, 25 characters): the gateway's out_trade_no / orderId. */
  orderNumber: string;
  amountFen: number;
  /** What the payer sees, e.g. `CIIE 专业观众证件 3 人`. */
  subject: string;
  /** Where the gateway sends its asynchronous notification. */
  notifyUrl: string;
  /** Where the payer's browser returns (B2B redirect). */
  returnUrl?: string;
  /** The payment closes at the gateway after this time. */
  expiresAt?: Date;
}

/** What the payer is shown: a QR code to scan, or a form the browser posts to the bank. */
export type PaymentPrompt =
  | { kind: 'qr'; qrContent: string }
  | { kind: 'redirect'; url: string; method: 'POST' | 'GET'; fields: Record<string, string> };

/** A notification exactly as it arrived: the raw body (signatures cover bytes) and headers. */
export interface IncomingNotification {
  rawBody: string;
  headers: Record<string, string | string[] | undefined>;
  /** For replay windows; tests move it. */
  now?: Date;
}

/** A verified payment notification in one shape for every gateway. */
export interface PaymentNotice {
  kind: 'payment';
  orderNumber: string;
  gatewayTransactionId: string;
  amountFen: number;
  paidAt: Date;
  /** False for a verified notice of a failed/closed payment (recorded, order not paid). */
  succeeded: boolean;
  /** The gateway's own fields, kept on the payment row for finance. */
  payload: Record<string, unknown>;
}

/** A verified refund result (WeChat and UnionPay report refunds asynchronously). */
export interface RefundNotice {
  kind: 'refund';
  orderNumber: string;
  refundNumber: string;
  gatewayRefundId: string;
  amountFen: number;
  succeeded: boolean;
  payload: Record<string, unknown>;
}

/** Why a notification was refused; nothing is written for any of them. */
export type RefusalCode =
  | 'malformed'
  | 'badSignature'
  | 'wrongAlgorithm'
  | 'wrongApp'
  | 'unknownCertificate'
  | 'wrongMerchant'
  | 'replayed'
  | 'decryptFailed'
  | 'unknownGateway';

export class NotificationRefused extends Error {
  constructor(
    readonly code: RefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'NotificationRefused';
  }
}

/**
 * A synchronous gateway answer we cannot believe (signature, merchant or app id do not verify,
 * or it is not the gateway's format): nothing it says is acted on.
 */
export class GatewayAnswerRejected extends Error {
  constructor(
    readonly code: 'answerUnverified' | 'answerMalformed',
    message: string,
  ) {
    super(message);
    this.name = 'GatewayAnswerRejected';
  }
}

/** How adapters reach a gateway: `fetch` in production, the sandbox bank in-process. */
export type GatewayFetch = (
  url: string,
  init: { method: string; headers: Record<string, string>; body?: string },
) => Promise<Response>;

export type VerifiedNotice = PaymentNotice | RefundNotice;

/** The HTTP answer a gateway expects; anything else makes it retry. */
export interface GatewayAnswer {
  status: number;
  contentType: string;
  body: string;
}

export interface QueryResult {
  /** paid: money received; pending: not yet; closed: cancelled, expired or failed. */
  state: 'paid' | 'pending' | 'closed' | 'unknown';
  gatewayTransactionId?: string;
  amountFen?: number;
}

export interface RefundRequest {
  orderNumber: string;
  gatewayTransactionId: string;
  /** Our refund number (unique per refund; the gateway de-duplicates on it). */
  refundNumber: string;
  amountFen: number;
  /** The original payment's amount (WeChat and UnionPay want it). */
  totalFen: number;
  reason: string;
  notifyUrl: string;
  /** UnionPay needs the original transaction time for some products; we send the order time. */
  orderTime?: Date;
  /** When this refund was submitted: UnionPay's txnTime, so a later query names it again. */
  requestedAt?: Date;
}

/** What a refund query answers: done (money back), pending, failed, or not known there. */
export interface RefundQueryResult {
  state: 'done' | 'pending' | 'failed' | 'notFound';
  gatewayRefundId?: string;
  amountFen?: number;
  message?: string;
}

export interface RefundResult {
  /** accepted: the gateway took the request and will notify; done: refunded synchronously. */
  state: 'done' | 'accepted' | 'refused';
  gatewayRefundId?: string;
  message?: string;
}

export interface GatewayAdapter {
  readonly method: GatewayMethod;
  createPayment(input: CreatePaymentInput): Promise<PaymentPrompt>;
  /** Verifies signature, merchant and freshness; throws NotificationRefused. */
  verifyNotification(notification: IncomingNotification): VerifiedNotice;
  acknowledge(): GatewayAnswer;
  refuse(reason: string): GatewayAnswer;
  query(orderNumber: string): Promise<QueryResult>;
  refund(request: RefundRequest): Promise<RefundResult>;
  /** Asks the gateway how a refund we sent stands (the refund confirmation job). */
  refundQuery(request: RefundRequest): Promise<RefundQueryResult>;
}
