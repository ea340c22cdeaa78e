// WeChat Pay API v3, Native payment (扫码支付): the QR content is the `code_url` WeChat returns.
// Notifications and API answers carry Wechatpay-Timestamp/Nonce/Signature/Serial headers; the
// signature is checked with the key the serial names — a platform certificate's serial (hex), or
// in the WeChat Pay public-key mode (微信支付公钥, the default for new merchants) the public key
// id `PUB_KEY_ID_…` — older than five minutes is a replay, and the `resource` is decrypted with
// the APIv3 key. Notifications and answers are believed only for our `mchid` and `appid`.
// WeChat wants 200/204 with no body on success, 4xx/5xx with `{"code":"FAIL","message":…}`.

import type { KeyObject } from 'node:crypto';
import { formatBeijingTime } from '@pvis/config';
import { gatewayFen } from './money';
import {
  type CreatePaymentInput,
  type GatewayAdapter,
  GatewayAnswerRejected,
  type GatewayFetch,
  type IncomingNotification,
  NotificationRefused,
  type PaymentPrompt,
  type QueryResult,
  type RefundQueryResult,
  type RefundRequest,
  type RefundResult,
  type VerifiedNotice,
} from './types';
import {
  authorizationHeader,
  decryptResource,
  type EncryptedResource,
  signedMessage,
  verifyMessage,
} from './wechat-pay-crypto';

export interface WechatPayConfig {
  mchId: string;
  appId: string;
  /** 32-byte APIv3 key (商户 APIv3 密钥). */
  apiV3Key: string;
  merchantPrivateKey: KeyObject;
  /** Serial number of the merchant API certificate (hex, as WeChat prints it). */
  merchantSerial: string;
  /**
   * The keys WeChat Pay signs with, by the Wechatpay-Serial that names them: platform
   * certificates' public keys by serial (upper-case hex), the WeChat Pay public key by its id
   * (`PUB_KEY_ID_…`). Either or both, as the merchant platform is set up.
   */
  platformKeys: Map<string, KeyObject>;
  /** `https://api.mch.weixin.qq.com` in production. */
  apiBase: string;
  /** The transport (the sandbox bank answers in-process); `fetch` by default. */
  fetch?: GatewayFetch;
}

/** The id WeChat Pay gives its public key (商户平台 → API安全 → 微信支付公钥). */
export const isPublicKeyId = (serial: string) => /^PUB_KEY_ID_[0-9A-Za-z]+$/.test(serial);

/** Replay window for Wechatpay-Timestamp, both ways. */
export const WECHAT_MAX_SKEW_SECONDS = 5 * 60;

const header = (headers: IncomingNotification['headers'], name: string) => {
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
};

/** Checks the signed headers of a notification or API answer; returns nothing or throws. */
export function verifyWechatSignature(
  { rawBody, headers, now = new Date() }: IncomingNotification,
  platformKeys: Map<string, KeyObject>,
) {
  const timestamp = header(headers, 'wechatpay-timestamp');
  const nonce = header(headers, 'wechatpay-nonce');
  const signature = header(headers, 'wechatpay-signature');
  const serial = header(headers, 'wechatpay-serial');
  if (!timestamp || !nonce || !signature || !serial || !/^\d{1,12}$/.test(timestamp)) {
    throw new NotificationRefused('malformed', 'missing Wechatpay-* headers');
  }
  // A public key id is kept as WeChat writes it; certificate serials are hex in any case.
  const key = platformKeys.get(isPublicKeyId(serial) ? serial : serial.toUpperCase());
  if (!key) {
    throw new NotificationRefused(
      'unknownCertificate',
      `unknown ${isPublicKeyId(serial) ? 'WeChat Pay public key id' : 'platform certificate serial'} ${serial}`,
    );
  }
  if (!verifyMessage(signedMessage(timestamp, nonce, rawBody), signature, key)) {
    throw new NotificationRefused('badSignature', 'WeChat Pay signature does not verify');
  }
  // Checked after the signature, so a forged timestamp is reported as forged.
  if (Math.abs(now.getTime() / 1000 - Number(timestamp)) > WECHAT_MAX_SKEW_SECONDS) {
    throw new NotificationRefused('replayed', `Wechatpay-Timestamp ${timestamp} is too old`);
  }
}

interface Transaction {
  mchid: string;
  appid?: string;
  out_trade_no: string;
  transaction_id: string;
  trade_state: string;
  success_time?: string;
  amount: { total: number; payer_total?: number; currency?: string };
}

interface Refund {
  mchid?: string;
  out_trade_no: string;
  transaction_id: string;
  out_refund_no: string;
  refund_id: string;
  refund_status?: string;
  /** The refund query's and the refund answer's name for refund_status. */
  status?: string;
  amount: { total: number; refund: number };
}

function parseJson<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new NotificationRefused('malformed', `${what} is not JSON`);
  }
}

/** Our merchant and app, as a notification or answer must name them (appid when it has one). */
function checkMerchant(
  config: WechatPayConfig,
  data: { mchid?: string; appid?: string },
  reject: (code: 'wrongMerchant' | 'wrongApp', message: string) => Error,
) {
  if (data.mchid !== config.mchId) {
    throw reject('wrongMerchant', `mchid ${data.mchid ?? '(none)'} is not ours`);
  }
  if (data.appid !== undefined && data.appid !== config.appId) {
    throw reject('wrongApp', `appid ${data.appid} is not ours`);
  }
}

const refusedNotice = (code: 'wrongMerchant' | 'wrongApp', message: string) =>
  new NotificationRefused(code, message);
const rejectedAnswer = (_code: string, message: string) =>
  new GatewayAnswerRejected('answerUnverified', message);

export function createWechatPayAdapter(config: WechatPayConfig): GatewayAdapter {
  const send = config.fetch ?? fetch;

  /** One signed API call; the answer's own signature is checked before it is believed. */
  async function call<T>(method: 'GET' | 'POST', pathWithQuery: string, payload?: object) {
    const body = payload ? JSON.stringify(payload) : '';
    const response = await send(`${config.apiBase}${pathWithQuery}`, {
      method,
      headers: {
        Accept: 'application/json',
        'Content-Type': 'application/json',
        Authorization: authorizationHeader({
          mchId: config.mchId,
          serialNo: config.merchantSerial,
          privateKey: config.merchantPrivateKey,
          method,
          pathWithQuery,
          body,
        }),
      },
      ...(payload ? { body } : {}),
    });
    const text = await response.text();
    if (!response.ok) return { ok: false as const, status: response.status, text };
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    try {
      verifyWechatSignature({ rawBody: text, headers }, config.platformKeys);
      return {
        ok: true as const,
        status: response.status,
        data: (text ? JSON.parse(text) : {}) as T,
      };
    } catch (error) {
      throw new GatewayAnswerRejected(
        error instanceof NotificationRefused ? 'answerUnverified' : 'answerMalformed',
        `WeChat Pay ${method} ${pathWithQuery.split('?')[0]}: ${(error as Error).message}`,
      );
    }
  }

  return {
    method: 'wechatPay',

    async createPayment(input: CreatePaymentInput): Promise<PaymentPrompt> {
      const answer = await call<{ code_url: string }>('POST', '/v3/pay/transactions/native', {
        appid: config.appId,
        mchid: config.mchId,
        description: input.subject,
        out_trade_no: input.orderNumber,
        notify_url: input.notifyUrl,
        amount: { total: input.amountFen, currency: 'CNY' },
        ...(input.expiresAt ? { time_expire: rfc3339China(input.expiresAt) } : {}),
      });
      if (!answer.ok) throw new Error(`WeChat Pay native: ${answer.status} ${answer.text}`);
      if (typeof answer.data.code_url !== 'string' || !answer.data.code_url) {
        throw new GatewayAnswerRejected('answerMalformed', 'WeChat Pay native: no code_url');
      }
      return { kind: 'qr', qrContent: answer.data.code_url };
    },

    verifyNotification(notification: IncomingNotification): VerifiedNotice {
      verifyWechatSignature(notification, config.platformKeys);
      const envelope = parseJson<{ event_type?: string; resource?: EncryptedResource }>(
        notification.rawBody,
        'body',
      );
      if (!envelope.resource) throw new NotificationRefused('malformed', 'no resource');
      const plain = decryptResource(envelope.resource, config.apiV3Key);
      if (String(envelope.event_type).startsWith('REFUND.')) {
        const refund = parseJson<Refund>(plain, 'resource');
        checkMerchant(config, refund, refusedNotice);
        return {
          kind: 'refund',
          orderNumber: refund.out_trade_no,
          refundNumber: refund.out_refund_no,
          gatewayRefundId: refund.refund_id,
          amountFen: gatewayFen(refund.amount?.refund),
          succeeded: refund.refund_status === 'SUCCESS',
          payload: refund as unknown as Record<string, unknown>,
        };
      }
      const transaction = parseJson<Transaction>(plain, 'resource');
      // A transaction always names its appid: an absent one is not ours either.
      checkMerchant(config, { ...transaction, appid: transaction.appid ?? '' }, refusedNotice);
      if (!transaction.out_trade_no || !transaction.transaction_id) {
        throw new NotificationRefused('malformed', 'missing out_trade_no or transaction_id');
      }
      const paidAt = transaction.success_time ? new Date(transaction.success_time) : new Date();
      return {
        kind: 'payment',
        orderNumber: transaction.out_trade_no,
        gatewayTransactionId: transaction.transaction_id,
        amountFen: gatewayFen(transaction.amount?.total),
        paidAt: Number.isNaN(paidAt.getTime()) ? new Date() : paidAt,
        succeeded: transaction.trade_state === 'SUCCESS',
        payload: transaction as unknown as Record<string, unknown>,
      };
    },

    acknowledge: () => ({ status: 204, contentType: 'application/json', body: '' }),
    refuse: (reason: string) => ({
      status: 400,
      contentType: 'application/json',
      body: JSON.stringify({ code: 'FAIL', message: reason }),
    }),

    async query(orderNumber: string): Promise<QueryResult> {
      const answer = await call<Transaction>(
        'GET',
        `/v3/pay/transactions/out-trade-no/${encodeURIComponent(orderNumber)}?mchid=${config.mchId}`,
      );
      if (!answer.ok) return { state: answer.status === 404 ? 'closed' : 'unknown' };
      checkMerchant(config, { ...answer.data, appid: answer.data.appid ?? '' }, rejectedAnswer);
      if (answer.data.out_trade_no !== orderNumber) {
        throw rejectedAnswer('', `WeChat Pay query answered for ${answer.data.out_trade_no}`);
      }
      const state = answer.data.trade_state;
      return {
        state:
          state === 'SUCCESS'
            ? 'paid'
            : ['NOTPAY', 'USERPAYING'].includes(state)
              ? 'pending'
              : 'closed',
        gatewayTransactionId: answer.data.transaction_id,
        amountFen: answer.data.amount?.total,
      };
    },

    /** The refund is asynchronous: PROCESSING now, a REFUND.SUCCESS notification later. */
    async refund(request: RefundRequest): Promise<RefundResult> {
      const answer = await call<{ refund_id: string; status: string }>(
        'POST',
        '/v3/refund/domestic/refunds',
        {
          transaction_id: request.gatewayTransactionId,
          out_refund_no: request.refundNumber,
          reason: request.reason,
          notify_url: request.notifyUrl,
          amount: { refund: request.amountFen, total: request.totalFen, currency: 'CNY' },
        },
      );
      if (!answer.ok) return { state: 'refused', message: answer.text };
      const { status, refund_id } = answer.data;
      return {
        state:
          status === 'SUCCESS'
            ? 'done'
            : ['ABNORMAL', 'CLOSED'].includes(status)
              ? 'refused'
              : 'accepted',
        gatewayRefundId: refund_id,
      };
    },

    /** GET /v3/refund/domestic/refunds/{out_refund_no}: SUCCESS, PROCESSING, CLOSED, ABNORMAL. */
    async refundQuery(request: RefundRequest): Promise<RefundQueryResult> {
      const answer = await call<Refund>(
        'GET',
        `/v3/refund/domestic/refunds/${encodeURIComponent(request.refundNumber)}`,
      );
      if (!answer.ok) {
        return answer.status === 404
          ? { state: 'notFound', message: answer.text }
          : { state: 'pending', message: `${answer.status} ${answer.text}` };
      }
      const refund = answer.data;
      if (refund.out_refund_no !== request.refundNumber) {
        throw rejectedAnswer('', `WeChat Pay refund query answered for ${refund.out_refund_no}`);
      }
      const status = refund.status ?? refund.refund_status;
      const amountFen =
        typeof refund.amount?.refund === 'number' ? refund.amount.refund : undefined;
      if (status === 'SUCCESS')
        return { state: 'done', gatewayRefundId: refund.refund_id, amountFen };
      if (status === 'PROCESSING') return { state: 'pending', gatewayRefundId: refund.refund_id };
      return { state: 'failed', gatewayRefundId: refund.refund_id, message: String(status) };
    },
  };
}

/** `2025-11-05T10:00:00+08:00`, the form WeChat wants for time_expire. */
export const rfc3339China = (date: Date) => formatBeijingTime(date, 'YYYY-MM-DDTHH:mm:ssZ');
