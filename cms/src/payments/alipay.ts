// Alipay (支付宝) face-to-face QR payment through the official `alipay-sdk`: requests and
// response signatures by the SDK; the asynchronous notification is a form-encoded POST signed
// RSA2 (SHA256withRSA) over the parameters sorted by key without `sign`/`sign_type`, joined
// `k=v&…`. The answer Alipay expects is the plain text `success`; anything else makes it retry.
import type { KeyObject } from 'node:crypto';
import { AlipaySdk } from 'alipay-sdk';
import { parseForm } from './form';
import { fenToYuan, gatewayYuanToFen } from './money';
import {
  type CreatePaymentInput,
  type GatewayAdapter,
  type IncomingNotification,
  NotificationRefused,
  type PaymentNotice,
  type PaymentPrompt,
  type QueryResult,
  type RefundRequest,
  type RefundResult,
} from './types';

export interface AlipayConfig {
  appId: string;
  /** The merchant application's private key. */
  privateKey: KeyObject;
  /** Alipay's public key (the "支付宝公钥" of the application). */
  alipayPublicKey: KeyObject;
  /** The OpenAPI gateway, `https://openapi.alipay.com/gateway.do` in production. */
  gateway: string;
}

const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/** Alipay writes times as `yyyy-MM-dd HH:mm:ss` in China time. */
export function parseChinaTime(text: unknown): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(String(text ?? ''));
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s) - CHINA_OFFSET_MS);
}

export function formatChinaTime(date: Date): string {
  return new Date(date.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ');
}

function required(fields: Record<string, string>, names: string[]) {
  const missing = names.filter((name) => !fields[name]);
  if (missing.length > 0) {
    throw new NotificationRefused('malformed', `missing ${missing.join(', ')}`);
  }
}

const PAID_STATES = new Set(['TRADE_SUCCESS', 'TRADE_FINISHED']);

export function createAlipayAdapter(config: AlipayConfig): GatewayAdapter {
  const sdk = new AlipaySdk({
    appId: config.appId,
    privateKey: config.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    keyType: 'PKCS8',
    alipayPublicKey: config.alipayPublicKey.export({ type: 'spki', format: 'pem' }).toString(),
    gateway: config.gateway,
    signType: 'RSA2',
  });

  /** One OpenAPI call, response signature checked by the SDK; a business error throws. */
  async function call(method: string, params: Record<string, unknown>) {
    const result = await sdk.exec(method, params, { validateSign: true });
    return result;
  }

  return {
    method: 'alipay',

    async createPayment(input: CreatePaymentInput): Promise<PaymentPrompt> {
      const result = await call('alipay.trade.precreate', {
        notifyUrl: input.notifyUrl,
        bizContent: {
          outTradeNo: input.orderNumber,
          totalAmount: fenToYuan(input.amountFen),
          subject: input.subject,
          ...(input.expiresAt ? { timeExpire: formatChinaTime(input.expiresAt) } : {}),
        },
      });
      if (result.code !== '10000' || !result.qrCode) {
        throw new Error(`alipay.trade.precreate: ${result.code} ${result.subMsg ?? result.msg}`);
      }
      return { kind: 'qr', qrContent: String(result.qrCode) };
    },

    verifyNotification({ rawBody }: IncomingNotification): PaymentNotice {
      const fields = parseForm(rawBody);
      required(fields, ['sign', 'app_id', 'out_trade_no', 'trade_no', 'total_amount']);
      // Values are checked as received (form-decoded once): the SDK's V2 check, no second decode.
      if (!sdk.checkNotifySignV2(fields)) {
        throw new NotificationRefused('badSignature', 'Alipay signature does not verify');
      }
      if (fields.app_id !== config.appId) {
        throw new NotificationRefused('wrongMerchant', `app_id ${fields.app_id} is not ours`);
      }
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
      const result = await call('alipay.trade.query', { bizContent: { outTradeNo: orderNumber } });
      if (result.code !== '10000') return { state: 'unknown' };
      const status = String(result.tradeStatus);
      return {
        state: PAID_STATES.has(status)
          ? 'paid'
          : status === 'WAIT_BUYER_PAY'
            ? 'pending'
            : 'closed',
        gatewayTransactionId: result.tradeNo ? String(result.tradeNo) : undefined,
        amountFen: result.totalAmount ? gatewayYuanToFen(String(result.totalAmount)) : undefined,
      };
    },

    /** Alipay refunds synchronously: `fund_change=Y` in the signed answer means money moved. */
    async refund(request: RefundRequest): Promise<RefundResult> {
      const result = await call('alipay.trade.refund', {
        bizContent: {
          outTradeNo: request.orderNumber,
          tradeNo: request.gatewayTransactionId,
          refundAmount: fenToYuan(request.amountFen),
          refundReason: request.reason,
          outRequestNo: request.refundNumber,
        },
      });
      if (result.code !== '10000') {
        return { state: 'refused', message: String(result.subMsg ?? result.msg) };
      }
      return {
        state: result.fundChange === 'Y' ? 'done' : 'accepted',
        gatewayRefundId: request.refundNumber,
      };
    },
  };
}
