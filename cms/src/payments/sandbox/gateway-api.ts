// The sandbox bank's side of the Alipay OpenAPI, the WeChat Pay API v3 and UnionPay 5.1.0's
// back-end (backTransReq.do, queryTrans.do), written from their published formats: it checks the
// merchant's request signature as the gateway does, and answers in the gateway's signed format
// (Alipay: `{"…_response":{…},"sign":…}` RSA2 over the response text; WeChat Pay: Wechatpay-*
// headers, in public-key or certificate mode; UnionPay: a form signed with its certificate). The
// production adapters call it in-process through their `fetch`, so the sandbox runs their
// real code: request signing, answer verification, merchant and app checks.

import { alipaySignContent, responseKey, rsa2Sign, rsa2Verify } from '../alipay-openapi';
import { fenToYuan, gatewayYuanToFen } from '../money';
import { decimalSerial } from '../pem';
import type { GatewayFetch } from '../types';
import {
  parseUnionPayTime,
  signUnionPayFields,
  unionPayTime,
  verifyUnionPayFields,
} from '../unionpay-signature';
import { signedMessage, verifyMessage } from '../wechat-pay-crypto';
import type { SandboxBank } from './bank';
import { wechatPaySignedHeaders } from './notifications';

export const SANDBOX_ALIPAY_GATEWAY = 'sandbox://alipay/gateway.do';
export const SANDBOX_WECHATPAY_API = 'sandbox://wechatpay';
export const SANDBOX_UNIONPAY = { unionPay: 'sandbox://unionpay', b2bGateway: 'sandbox://b2b' };

type Answer = Record<string, unknown>;

const json = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(status === 204 ? null : body, {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });

/** A forged answer: the signed text changed afterwards (an amount, a URL, a status). */
const tamper = (text: string) => text.replace(/"(code|msg|status|code_url|qr_code)":"/, '"$1":"X');

const TRADE_STATUS = { paid: 'TRADE_SUCCESS', pending: 'WAIT_BUYER_PAY', closed: 'TRADE_CLOSED' };

function alipayAnswer(bank: SandboxBank, fields: Record<string, string>): Answer {
  const keys = bank.keys.alipay;
  const signed = alipaySignContent(fields, ['sign']);
  if (
    fields.app_id !== keys.appId ||
    !rsa2Verify(signed, fields.sign ?? '', keys.merchant.publicKey)
  ) {
    return {
      code: '40002',
      msg: 'Invalid Arguments',
      sub_code: 'isv.invalid-signature',
      sub_msg: '验签出错',
    };
  }
  const biz = JSON.parse(fields.biz_content ?? '{}') as Record<string, string>;
  const failed = (sub_code: string, sub_msg: string) => ({
    code: '40004',
    msg: 'Business Failed',
    sub_code,
    sub_msg,
  });
  switch (fields.method) {
    case 'alipay.trade.precreate': {
      const payment = bank.open('alipay', {
        orderNumber: biz.out_trade_no,
        amountFen: gatewayYuanToFen(biz.total_amount),
        subject: biz.subject ?? '',
        notifyUrl: fields.notify_url ?? '',
      });
      return {
        code: '10000',
        msg: 'Success',
        out_trade_no: biz.out_trade_no,
        qr_code: bank.pageUrl(payment.id),
      };
    }
    case 'alipay.trade.query': {
      const found = [...bank.payments.values()].some(
        (p) => p.method === 'alipay' && p.orderNumber === biz.out_trade_no,
      );
      if (!found) return failed('ACQ.TRADE_NOT_EXIST', '交易不存在');
      const q = bank.query('alipay', biz.out_trade_no);
      return {
        code: '10000',
        msg: 'Success',
        out_trade_no: biz.out_trade_no,
        trade_no: q.gatewayTransactionId,
        trade_status: TRADE_STATUS[q.state as keyof typeof TRADE_STATUS] ?? 'TRADE_CLOSED',
        total_amount: q.amountFen === undefined ? undefined : fenToYuan(q.amountFen),
      };
    }
    case 'alipay.trade.refund': {
      const amountFen = gatewayYuanToFen(biz.refund_amount);
      const result = bank.refund('alipay', {
        orderNumber: biz.out_trade_no,
        gatewayTransactionId: biz.trade_no,
        refundNumber: biz.out_request_no,
        amountFen,
        totalFen: amountFen,
        reason: biz.refund_reason ?? '',
        notifyUrl: '',
      });
      if (result.state === 'refused') return failed('ACQ.SYSTEM_ERROR', result.message ?? '');
      return {
        code: '10000',
        msg: 'Success',
        out_trade_no: biz.out_trade_no,
        trade_no: biz.trade_no,
        refund_fee: biz.refund_amount,
        fund_change: result.state === 'done' ? 'Y' : 'N',
      };
    }
    case 'alipay.trade.fastpay.refund.query': {
      const found = bank.findRefund('alipay', biz.out_request_no);
      // The documents: code 10000 without refund data = not received or not (yet) refunded.
      if (!found || found.payment.orderNumber !== biz.out_trade_no) {
        return { code: '10000', msg: 'Success' };
      }
      const { payment, refund } = found;
      return {
        code: '10000',
        msg: 'Success',
        out_trade_no: payment.orderNumber,
        trade_no: payment.gatewayTransactionId,
        out_request_no: refund.refundNumber,
        total_amount: fenToYuan(payment.amountFen),
        refund_amount: fenToYuan(refund.amountFen),
        ...(refund.state === 'done' ? { refund_status: 'REFUND_SUCCESS' } : {}),
      };
    }
    default:
      return { code: '40004', msg: 'Business Failed', sub_code: 'isv.invalid-method' };
  }
}

function alipay(bank: SandboxBank, body: string): Response {
  const fields = Object.fromEntries(new URLSearchParams(body));
  const answer = alipayAnswer(bank, fields);
  const key = answer.code === '40002' ? 'error_response' : responseKey(fields.method ?? '');
  const text = JSON.stringify(answer);
  const sign = rsa2Sign(text, bank.keys.alipay.gateway.privateKey);
  const shown = bank.forgeAnswers ? tamper(text) : text;
  return json(200, `{"${key}":${shown},"sign":"${sign}"}`);
}

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

function wechatPay(
  bank: SandboxBank,
  method: string,
  url: URL,
  headers: Record<string, string>,
  body: string,
): Response {
  const pathWithQuery = `${url.pathname}${url.search}`;
  if (!merchantSigned(bank, method, pathWithQuery, headers, body)) {
    return json(401, JSON.stringify({ code: 'SIGN_ERROR', message: '签名错误' }));
  }
  const [status, answer] = wechatAnswer(bank, method, url, body);
  const text = JSON.stringify(answer);
  // WeChat Pay signs its answers, errors included.
  const signed = wechatPaySignedHeaders(bank.keys.wechatPay, text);
  return json(status, bank.forgeAnswers ? tamper(text) : text, signed);
}

/** UnionPay's answer codes used here (5.1.0 respCode / origRespCode). */
const UNIONPAY_OK = '00';
const UNIONPAY_NO_SUCH_TRANSACTION = '34';

function unionPayAnswer(
  bank: SandboxBank,
  method: 'unionPay' | 'b2bGateway',
  fields: Record<string, string>,
): Record<string, string> {
  const keys = bank.keys[method];
  const merchant = keys.merchant.certificate;
  try {
    verifyUnionPayFields(fields, new Map([[decimalSerial(merchant), merchant]]));
  } catch {
    return { respCode: '11', respMsg: '验证签名失败' };
  }
  if (fields.merId !== keys.merId) return { respCode: '30', respMsg: '商户号不存在' };
  const echo = {
    version: fields.version ?? '5.1.0',
    encoding: 'UTF-8',
    bizType: fields.bizType ?? '',
    txnType: fields.txnType ?? '',
    txnSubType: fields.txnSubType ?? '',
    accessType: '0',
    merId: keys.merId,
    orderId: fields.orderId ?? '',
    txnTime: fields.txnTime ?? '',
  };
  if (fields.txnType === '01') {
    const payment = bank.open(method, {
      orderNumber: fields.orderId ?? '',
      amountFen: Number(fields.txnAmt),
      subject: fields.orderDesc ?? '',
      notifyUrl: fields.backUrl ?? '',
    });
    return { ...echo, respCode: UNIONPAY_OK, respMsg: '成功', qrCode: bank.pageUrl(payment.id) };
  }
  if (fields.txnType === '04') {
    const result = bank.refund(method, {
      orderNumber: fields.reqReserved ?? '',
      gatewayTransactionId: fields.origQryId ?? '',
      refundNumber: fields.orderId ?? '',
      amountFen: Number(fields.txnAmt),
      totalFen: Number(fields.txnAmt),
      reason: '',
      notifyUrl: fields.backUrl ?? '',
      requestedAt: parseUnionPayTime(fields.txnTime) ?? undefined,
    });
    if (result.state === 'refused') {
      return { ...echo, respCode: '01', respMsg: result.message ?? '交易失败' };
    }
    return {
      ...echo,
      respCode: UNIONPAY_OK,
      respMsg: '成功',
      queryId: result.gatewayRefundId ?? '',
    };
  }
  if (fields.txnType === '00') {
    // A transaction is named by orderId AND txnTime: a refund asked about with another txnTime
    // is not found, as at UnionPay.
    const refund = bank.findRefund(method, fields.orderId ?? '');
    if (refund) {
      const { requestedAt, state, gatewayRefundId, amountFen } = refund.refund;
      if (!requestedAt || unionPayTime(requestedAt) !== fields.txnTime) {
        return { ...echo, respCode: UNIONPAY_NO_SUCH_TRANSACTION, respMsg: '查无此交易' };
      }
      return {
        ...echo,
        respCode: UNIONPAY_OK,
        respMsg: '成功',
        origRespCode: state === 'done' ? '00' : '05',
        origRespMsg: state === 'done' ? '成功' : '交易处理中',
        queryId: gatewayRefundId,
        txnAmt: String(amountFen),
      };
    }
    const known = [...bank.payments.values()].some(
      (p) => p.method === method && p.orderNumber === fields.orderId,
    );
    if (!known) return { ...echo, respCode: UNIONPAY_NO_SUCH_TRANSACTION, respMsg: '查无此交易' };
    const q = bank.query(method, fields.orderId ?? '');
    return {
      ...echo,
      respCode: UNIONPAY_OK,
      respMsg: '成功',
      origRespCode: q.state === 'paid' ? '00' : q.state === 'pending' ? '05' : '01',
      queryId: q.gatewayTransactionId ?? '',
      txnAmt: String(q.amountFen ?? ''),
    };
  }
  return { ...echo, respCode: '12', respMsg: '交易类型不支持' };
}

function unionPay(bank: SandboxBank, method: 'unionPay' | 'b2bGateway', body: string): Response {
  const keys = bank.keys[method];
  const answer = unionPayAnswer(bank, method, Object.fromEntries(new URLSearchParams(body)));
  const signed = signUnionPayFields(
    { ...answer, signPubKeyCert: keys.gateway.certificate.toString() },
    keys.gateway.privateKey,
    keys.gateway.certificate,
  );
  if (bank.forgeAnswers) signed.respCode = signed.respCode === '00' ? '01' : '00';
  return new Response(new URLSearchParams(signed).toString(), {
    status: 200,
    headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
  });
}

/** The `fetch` the sandboxed adapters use: sandbox:// addresses are answered by this bank. */
export function sandboxGatewayApi(bank: SandboxBank): GatewayFetch {
  return async (address, init) => {
    const url = new URL(address);
    const body = init.body ?? '';
    if (url.protocol === 'sandbox:' && url.host === 'alipay') return alipay(bank, body);
    if (url.protocol === 'sandbox:' && url.host === 'wechatpay') {
      return wechatPay(bank, init.method, url, init.headers, body);
    }
    if (url.protocol === 'sandbox:' && url.host === 'unionpay')
      return unionPay(bank, 'unionPay', body);
    if (url.protocol === 'sandbox:' && url.host === 'b2b')
      return unionPay(bank, 'b2bGateway', body);
    throw new Error(`the sandbox bank does not answer ${address}`);
  };
}
