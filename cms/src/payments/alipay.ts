// Alipay (支付宝) face-to-face QR payment, written from the open platform's documents: OpenAPI
// calls signed and answers verified by alipay-openapi.ts; the asynchronous notification is a
// form-encoded POST signed with the app's configured algorithm (RSA2 = SHA256withRSA; a
// notification naming any other `sign_type` is refused, never checked with SHA1) over the
// parameters sorted by key without `sign`/`sign_type`, joined `k=v&…`. As the documents ask, a
// notification is believed only for our `app_id` and our `seller_id` (the merchant PID). The
// answer Alipay expects is the plain text `success`; anything else makes it retry.
import type { KeyObject } from 'node:crypto';
import {
  type AlipayAnswer,
  alipayCall,
  alipaySignContent,
  formatChinaTime,
  parseChinaTime,
  rsa2Verify,
} from './alipay-openapi';
import { parseForm } from './form';
import { fenToYuan, gatewayYuanToFen } from './money';
import {
  type CreatePaymentInput,
  type GatewayAdapter,
  GatewayAnswerRejected,
  type GatewayFetch,
  type IncomingNotification,
  NotificationRefused,
  type PaymentNotice,
  type PaymentPrompt,
  type QueryResult,
  type RefundQueryResult,
  type RefundRequest,
  type RefundResult,
} from './types';

export { formatChinaTime, parseChinaTime };

export interface AlipayConfig {
  appId: string;
  /** The merchant's PID (2088…): the `seller_id` of every notification for this app. */
  sellerId: string;
  /** The merchant application's private key. */
  privateKey: KeyObject;
  /** Alipay's public key (the "支付宝公钥" of the application). */
  alipayPublicKey: KeyObject;
  /** The OpenAPI gateway, `https://openapi.alipay.com/gateway.do` in production. */
  gateway: string;
  /** The transport (the sandbox bank answers in-process); `fetch` by default. */
  fetch?: GatewayFetch;
}

/** The one algorithm the app is configured with (开放平台: 接口加签方式 = 公钥, RSA2). */
export const ALIPAY_SIGN_TYPE = 'RSA2';

function required(fields: Record<string, string>, names: string[]) {
  const missing = names.filter((name) => !fields[name]);
  if (missing.length > 0) {
    throw new NotificationRefused('malformed', `missing ${missing.join(', ')}`);
  }
}

const PAID_STATES = new Set(['TRADE_SUCCESS', 'TRADE_FINISHED']);
const SUCCESS = '10000';

const failure = (answer: AlipayAnswer) =>
  `${answer.code} ${answer.sub_code ?? ''} ${answer.sub_msg ?? answer.msg ?? ''}`.trim();

/** Checks a notification's signature, algorithm, app and seller; returns its fields. */
export function verifyAlipayNotification(rawBody: string, config: AlipayConfig) {
  const fields = parseForm(rawBody);
  required(fields, ['sign', 'app_id', 'out_trade_no', 'trade_no', 'total_amount']);
  // An RSA (SHA1) or absent sign_type on an RSA2 app is refused before anything is checked.
  if (fields.sign_type !== ALIPAY_SIGN_TYPE) {
    throw new NotificationRefused(
      'wrongAlgorithm',
      `sign_type ${fields.sign_type ?? '(none)'} is not the app's ${ALIPAY_SIGN_TYPE}`,
    );
  }
  // Values are checked as received (form-decoded once, no second decode).
  const content = alipaySignContent(fields, ['sign', 'sign_type']);
  if (!rsa2Verify(content, fields.sign, config.alipayPublicKey)) {
    throw new NotificationRefused('badSignature', 'Alipay signature does not verify');
  }
  if (fields.app_id !== config.appId) {
    throw new NotificationRefused('wrongApp', `app_id ${fields.app_id} is not ours`);
  }
  if (fields.seller_id !== config.sellerId) {
    throw new NotificationRefused(
      'wrongMerchant',
      `seller_id ${fields.seller_id ?? '(none)'} is not ours`,
    );
  }
  return fields;
}

export function createAlipayAdapter(config: AlipayConfig): GatewayAdapter {
  const call = (method: string, bizContent: object, extra?: Record<string, string>) =>
    alipayCall(config, method, bizContent, extra);

  /** An answer about another trade than the one asked for is not believed. */
  const sameTrade = (method: string, answer: AlipayAnswer, orderNumber: string) => {
    if (answer.out_trade_no && answer.out_trade_no !== orderNumber) {
      throw new GatewayAnswerRejected(
        'answerUnverified',
        `${method}: the answer names trade ${answer.out_trade_no}, not ${orderNumber}`,
      );
    }
  };

  return {
    method: 'alipay',

    async createPayment(input: CreatePaymentInput): Promise<PaymentPrompt> {
      const answer = await call(
        'alipay.trade.precreate',
        {
          out_trade_no: input.orderNumber,
          total_amount: fenToYuan(input.amountFen),
          subject: input.subject,
          ...(input.expiresAt ? { time_expire: formatChinaTime(input.expiresAt) } : {}),
        },
        { notify_url: input.notifyUrl },
      );
      if (answer.code !== SUCCESS || !answer.qr_code) {
        throw new Error(`alipay.trade.precreate: ${failure(answer)}`);
      }
      sameTrade('alipay.trade.precreate', answer, input.orderNumber);
      return { kind: 'qr', qrContent: String(answer.qr_code) };
    },

    verifyNotification({ rawBody }: IncomingNotification): PaymentNotice {
      const fields = verifyAlipayNotification(rawBody, config);
      const { sign: _sign, sign_type: _signType, ...payload } = fields;
      return {
        kind: 'payment',
        orderNumber: fields.out_trade_no,
        gatewayTransactionId: fields.trade_no,
        amountFen: gatewayYuanToFen(fields.total_amount),
        paidAt:
          parseChinaTime(fields.gmt_payment) ?? parseChinaTime(fields.notify_time) ?? new Date(),
        succeeded: PAID_STATES.has(fields.trade_status),
        payload,
      };
    },

    acknowledge: () => ({ status: 200, contentType: 'text/plain', body: 'success' }),
    refuse: () => ({ status: 200, contentType: 'text/plain', body: 'fail' }),

    async query(orderNumber: string): Promise<QueryResult> {
      const answer = await call('alipay.trade.query', { out_trade_no: orderNumber });
      if (answer.code !== SUCCESS) return { state: 'unknown' };
      sameTrade('alipay.trade.query', answer, orderNumber);
      const status = String(answer.trade_status);
      return {
        state: PAID_STATES.has(status)
          ? 'paid'
          : status === 'WAIT_BUYER_PAY'
            ? 'pending'
            : 'closed',
        gatewayTransactionId: answer.trade_no,
        amountFen: answer.total_amount ? gatewayYuanToFen(answer.total_amount) : undefined,
      };
    },

    /**
     * Synchronous: `fund_change=Y` in the signed answer means money moved now; `N` means it did
     * not move in this call (a repeated request, or still in progress), so the refund stays
     * processing until alipay.trade.fastpay.refund.query confirms it (refunds/confirm.ts).
     */
    async refund(request: RefundRequest): Promise<RefundResult> {
      const answer = await call('alipay.trade.refund', {
        out_trade_no: request.orderNumber,
        trade_no: request.gatewayTransactionId,
        refund_amount: fenToYuan(request.amountFen),
        refund_reason: request.reason,
        out_request_no: request.refundNumber,
      });
      if (answer.code !== SUCCESS) return { state: 'refused', message: failure(answer) };
      sameTrade('alipay.trade.refund', answer, request.orderNumber);
      return {
        state: answer.fund_change === 'Y' ? 'done' : 'accepted',
        gatewayRefundId: request.refundNumber,
      };
    },

    /**
     * alipay.trade.fastpay.refund.query: code 10000 with refund_status REFUND_SUCCESS is a done
     * refund; 10000 without it means Alipay did not receive it or it failed (the documents'
     * words), so finance may resend the same out_request_no.
     */
    async refundQuery(request: RefundRequest): Promise<RefundQueryResult> {
      const answer = await call('alipay.trade.fastpay.refund.query', {
        out_trade_no: request.orderNumber,
        out_request_no: request.refundNumber,
      });
      if (answer.code === SUCCESS) {
        sameTrade('alipay.trade.fastpay.refund.query', answer, request.orderNumber);
        if (answer.refund_status === 'REFUND_SUCCESS') {
          return {
            state: 'done',
            gatewayRefundId: request.refundNumber,
            amountFen: answer.refund_amount ? gatewayYuanToFen(answer.refund_amount) : undefined,
          };
        }
        return { state: 'notFound', message: 'REFUND_STATUS absent' };
      }
      if (answer.sub_code === 'ACQ.TRADE_NOT_EXIST') {
        return { state: 'notFound', message: failure(answer) };
      }
      return { state: 'pending', message: failure(answer) };
    },
  };
}
