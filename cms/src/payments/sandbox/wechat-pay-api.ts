// The sandbox bank as the WeChat Pay API v3 (Native pay, order query, refunds and refund query):
// the merchant's `Authorization` signature is checked, and every answer (errors included) is
// signed with Wechatpay-* headers, in public-key or certificate mode as the bank is set.
import { signedMessage, verifyMessage } from '../wechat-pay-crypto';
import { jsonResponse, tamper } from './answers';
import type { SandboxBank } from './bank';
import { wechatPaySignedHeaders } from './notifications';

type Answer = Record<string, unknown>;

/** The merchant's `Authorization: WECHATPAY2-SHA256-RSA2048 …`, checked as WeChat Pay does. */
function merchantSigned(
  bank: SandboxBank,
  method: string,
  path: string,
  headers: Record<string, string>,
  body: string,
) {
  const keys = bank.keys.wechatPay;
  const auth = headers.Authorization ?? headers.authorization ?? '';
  const params = Object.fromEntries(
    [...auth.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]] as const),
  );
  return (
    auth.startsWith('WECHATPAY2-SHA256-RSA2048 ') &&
    params.mchid === keys.mchId &&
    params.serial_no?.toUpperCase() === keys.merchant.certificate.serialNumber.toUpperCase() &&
    verifyMessage(
      signedMessage(method, path, params.timestamp ?? '', params.nonce_str ?? '', body),
      params.signature ?? '',
      keys.merchant.publicKey,
    )
  );
}

/** The fields of the merchant's requests the sandbox reads. */
interface WechatRequest {
  appid?: string;
  mchid?: string;
  out_trade_no: string;
  description?: string;
  notify_url: string;
  transaction_id: string;
  out_refund_no: string;
  reason?: string;
  amount?: { total: number; refund: number };
}

function wechatAnswer(bank: SandboxBank, method: string, url: URL, body: string): [number, Answer] {
  const keys = bank.keys.wechatPay;
  const path = url.pathname;
  const data = (body ? JSON.parse(body) : {}) as WechatRequest;
  if (method === 'POST' && path === '/v3/pay/transactions/native') {
    if (data.appid !== keys.appId || data.mchid !== keys.mchId) {
      return [400, { code: 'PARAM_ERROR', message: 'appid和mch_id不匹配' }];
    }
    const payment = bank.open('wechatPay', {
      orderNumber: data.out_trade_no,
      amountFen: data.amount?.total ?? 0,
      subject: data.description ?? '',
      notifyUrl: data.notify_url,
    });
    return [200, { code_url: bank.pageUrl(payment.id) }];
  }
  const trade = /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)$/.exec(path);
  if (method === 'GET' && trade) {
    const orderNumber = decodeURIComponent(trade[1]!);
    const latest = [...bank.payments.values()].filter(
      (p) => p.method === 'wechatPay' && p.orderNumber === orderNumber,
    );
    if (latest.length === 0) return [404, { code: 'ORDER_NOT_EXIST', message: '订单不存在' }];
    const q = bank.query('wechatPay', orderNumber);
    return [
      200,
      {
        appid: keys.appId,
        mchid: keys.mchId,
        out_trade_no: orderNumber,
        transaction_id: q.gatewayTransactionId,
        trade_state: q.state === 'paid' ? 'SUCCESS' : q.state === 'pending' ? 'NOTPAY' : 'CLOSED',
        amount: { total: q.amountFen, currency: 'CNY' },
      },
    ];
  }
  if (method === 'POST' && path === '/v3/refund/domestic/refunds') {
    const result = bank.refund('wechatPay', {
      orderNumber: '',
      gatewayTransactionId: data.transaction_id,
      refundNumber: data.out_refund_no,
      amountFen: data.amount?.refund ?? 0,
      totalFen: data.amount?.total ?? 0,
      reason: data.reason ?? '',
      notifyUrl: data.notify_url,
    });
    if (result.state === 'refused') {
      return [403, { code: 'NOT_ENOUGH', message: result.message }];
    }
    const found = bank.findRefund('wechatPay', data.out_refund_no);
    return [200, refundResource(found!)];
  }
  const refundPath = /^\/v3\/refund\/domestic\/refunds\/([^/]+)$/.exec(path);
  if (method === 'GET' && refundPath) {
    const found = bank.findRefund('wechatPay', decodeURIComponent(refundPath[1]!));
    if (!found) return [404, { code: 'RESOURCE_NOT_EXISTS', message: '退款单不存在' }];
    return [200, refundResource(found)];
  }
  return [404, { code: 'NOT_FOUND', message: 'no such API' }];
}

const refundResource = ({
  payment,
  refund,
}: NonNullable<ReturnType<SandboxBank['findRefund']>>) => ({
  refund_id: refund.gatewayRefundId,
  out_refund_no: refund.refundNumber,
  transaction_id: payment.gatewayTransactionId,
  out_trade_no: payment.orderNumber,
  channel: 'ORIGINAL',
  user_received_account: '支付用户零钱',
  status: refund.state === 'done' ? 'SUCCESS' : 'PROCESSING',
  amount: { total: payment.amountFen, refund: refund.amountFen, currency: 'CNY' },
});

export function wechatPayApi(
  bank: SandboxBank,
  method: string,
  url: URL,
  headers: Record<string, string>,
  body: string,
): Response {
  const pathWithQuery = `${url.pathname}${url.search}`;
  if (!merchantSigned(bank, method, pathWithQuery, headers, body)) {
    return jsonResponse(401, JSON.stringify({ code: 'SIGN_ERROR', message: '签名错误' }));
  }
  const [status, answer] = wechatAnswer(bank, method, url, body);
  const text = JSON.stringify(answer);
  // WeChat Pay signs its answers, errors included.
  const signed = wechatPaySignedHeaders(bank.keys.wechatPay, text);
  return jsonResponse(status, bank.forgeAnswers ? tamper(text) : text, signed);
}
