// The gateways' side of a payment notification, written from their published formats (not
// from our verifiers), so the sandbox and the tests sign exactly as the real gateways do.
import { createSign, randomUUID } from 'node:crypto';
import { formatChinaTime } from '../alipay-openapi';
import { fenToYuan } from '../money';
import type { GatewayMethod } from '../types';
import { b2bGateway, orderTxnTime, unionPayQr } from '../unionpay';
import { signUnionPayFields, unionPayTime } from '../unionpay-signature';
import { rfc3339China } from '../wechat-pay';
import { encryptResource, nonceString, signedMessage, signMessage } from '../wechat-pay-crypto';
import type { SandboxKeys } from './keys';

export interface PaidTransaction {
  orderNumber: string;
  gatewayTransactionId: string;
  amountFen: number;
  subject: string;
  paidAt: Date;
}

export interface OutgoingNotification {
  contentType: string;
  headers: Record<string, string>;
  body: string;
}

/**
 * Alipay: RSA2 over the parameters sorted by key, without `sign`, `sign_type` and empty values,
 * joined `k=v&…` with the values as they are (not URL-encoded); the form is then URL-encoded.
 */
export function alipayNotification(
  keys: SandboxKeys['alipay'],
  paid: PaidTransaction,
): OutgoingNotification {
  const params: Record<string, string> = {
    notify_time: formatChinaTime(new Date()),
    notify_type: 'trade_status_sync',
    notify_id: randomUUID().replace(/-/g, ''),
    app_id: keys.appId,
    charset: 'utf-8',
    version: '1.0',
    trade_no: paid.gatewayTransactionId,
    out_trade_no: paid.orderNumber,
    buyer_id: '2088102177846880',
    seller_id: keys.sellerId,
    trade_status: 'TRADE_SUCCESS',
    total_amount: fenToYuan(paid.amountFen),
    receipt_amount: fenToYuan(paid.amountFen),
    buyer_pay_amount: fenToYuan(paid.amountFen),
    subject: paid.subject,
    gmt_create: formatChinaTime(paid.paidAt),
    gmt_payment: formatChinaTime(paid.paidAt),
  };
  const content = Object.keys(params)
    .filter((key) => params[key] !== '')
    .sort()
    .map((key) => `${key}=${params[key]}`)
    .join('&');
  const sign = createSign('RSA-SHA256')
    .update(content, 'utf8')
    .sign(keys.gateway.privateKey, 'base64');
  return {
    contentType: 'application/x-www-form-urlencoded; charset=utf-8',
    headers: {},
    body: new URLSearchParams({ ...params, sign, sign_type: 'RSA2' }).toString(),
  };
}

/** WeChat Pay v3: TRANSACTION.SUCCESS with the transaction encrypted, signed headers. */
export function wechatPayNotification(
  keys: SandboxKeys['wechatPay'],
  paid: PaidTransaction,
  timestamp = Math.floor(Date.now() / 1000),
): OutgoingNotification {
  const transaction = {
    appid: keys.appId,
    mchid: keys.mchId,
    out_trade_no: paid.orderNumber,
    transaction_id: paid.gatewayTransactionId,
    trade_type: 'NATIVE',
    trade_state: 'SUCCESS',
    trade_state_desc: '支付成功',
    bank_type: 'OTHERS',
    success_time: rfc3339China(paid.paidAt),
    payer: { openid: 'oUpF8uMuAJO_M2pxb1Q9zNjWeS6o' },
    amount: {
      total: paid.amountFen,
      payer_total: paid.amountFen,
      currency: 'CNY',
      payer_currency: 'CNY',
    },
  };
  const body = JSON.stringify({
    id: randomUUID(),
    create_time: transaction.success_time,
    resource_type: 'encrypt-resource',
    event_type: 'TRANSACTION.SUCCESS',
    summary: '支付成功',
    resource: encryptResource(
      JSON.stringify(transaction),
      keys.apiV3Key,
      'transaction',
      'transaction',
    ),
  });
  return wechatPaySigned(keys, body, timestamp);
}

/**
 * The key WeChat Pay signs with and the Wechatpay-Serial naming it: the WeChat Pay public key's
 * id (`PUB_KEY_ID_…`) in public-key mode, the platform certificate's serial otherwise.
 */
export const wechatPaySigner = (keys: SandboxKeys['wechatPay']) =>
  keys.signWith === 'publicKey'
    ? { serial: keys.publicKeyId, privateKey: keys.wechatPayKey.privateKey }
    : { serial: keys.platform.certificate.serialNumber, privateKey: keys.platform.privateKey };

/** WeChat Pay v3 signed headers (callbacks and answers): `timestamp\nnonce\nbody\n`. */
export function wechatPaySignedHeaders(
  keys: SandboxKeys['wechatPay'],
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const nonce = nonceString();
  const signer = wechatPaySigner(keys);
  return {
    'Wechatpay-Timestamp': String(timestamp),
    'Wechatpay-Nonce': nonce,
    'Wechatpay-Serial': signer.serial,
    'Wechatpay-Signature': signMessage(
      signedMessage(String(timestamp), nonce, body),
      signer.privateKey,
    ),
    'Wechatpay-Signature-Type': 'WECHATPAY2-SHA256-RSA2048',
  };
}

function wechatPaySigned(
  keys: SandboxKeys['wechatPay'],
  body: string,
  timestamp: number,
): OutgoingNotification {
  return {
    contentType: 'application/json',
    headers: wechatPaySignedHeaders(keys, body, timestamp),
    body,
  };
}

/** A successful UnionPay back notification: the gateway's certificate signs the form. */
function signedUnionPayForm(
  keys: SandboxKeys['unionPay'] | SandboxKeys['b2bGateway'],
  fields: Record<string, string>,
): OutgoingNotification {
  const signed = signUnionPayFields(
    {
      ...fields,
      respCode: '00',
      respMsg: '成功[0000000]',
      signPubKeyCert: keys.gateway.certificate.toString(),
    },
    keys.gateway.privateKey,
    keys.gateway.certificate,
  );
  return {
    contentType: 'application/x-www-form-urlencoded; charset=utf-8',
    headers: {},
    body: new URLSearchParams(signed).toString(),
  };
}

/** UnionPay QR and the B2B bank gateway: the 5.1.0 back notification of a consumption. */
export function unionPayNotification(
  keys: SandboxKeys['unionPay'] | SandboxKeys['b2bGateway'],
  method: 'unionPay' | 'b2bGateway',
  paid: PaidTransaction,
): OutgoingNotification {
  const product = method === 'unionPay' ? unionPayQr : b2bGateway;
  const traceTime = unionPayTime(paid.paidAt).slice(4);
  return signedUnionPayForm(keys, {
    version: '5.1.0',
    encoding: 'UTF-8',
    txnType: '01',
    txnSubType: product.txnSubType,
    bizType: product.bizType,
    accessType: '0',
    channelType: product.channelType,
    merId: keys.merId,
    orderId: paid.orderNumber,
    txnTime: orderTxnTime(paid.orderNumber),
    txnAmt: String(paid.amountFen),
    currencyCode: '156',
    queryId: paid.gatewayTransactionId,
    traceNo: paid.gatewayTransactionId.slice(-6),
    traceTime,
    settleAmt: String(paid.amountFen),
    settleCurrencyCode: '156',
    settleDate: traceTime.slice(0, 4),
  });
}

export function gatewayNotification(
  keys: SandboxKeys,
  method: GatewayMethod,
  paid: PaidTransaction,
): OutgoingNotification {
  switch (method) {
    case 'alipay':
      return alipayNotification(keys.alipay, paid);
    case 'wechatPay':
      return wechatPayNotification(keys.wechatPay, paid);
    case 'unionPay':
      return unionPayNotification(keys.unionPay, method, paid);
    case 'b2bGateway':
      return unionPayNotification(keys.b2bGateway, method, paid);
  }
}

/** Transaction ids in each gateway's shape (Alipay 28 digits, WeChat 28, UnionPay queryId 21). */
export function gatewayTransactionId(method: GatewayMethod, now = new Date()): string {
  const stamp = unionPayTime(now);
  const digits = (n: number) =>
    Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('');
  if (method === 'alipay') return `${stamp.slice(0, 8)}22001${digits(15)}`;
  if (method === 'wechatPay') return `4200${digits(6)}${stamp.slice(0, 8)}${digits(10)}`;
  return `${stamp.slice(4)}${digits(11)}`;
}

/** A refund the gateway carried out, as its refund notification reports it. */
export interface CompletedRefund {
  orderNumber: string;
  gatewayTransactionId: string;
  refundNumber: string;
  gatewayRefundId: string;
  amountFen: number;
  totalFen: number;
  refundedAt: Date;
}

/** WeChat Pay v3 REFUND.SUCCESS: the refund encrypted (original_type `refund`), signed headers. */
export function wechatPayRefundNotification(
  keys: SandboxKeys['wechatPay'],
  refund: CompletedRefund,
  timestamp = Math.floor(Date.now() / 1000),
): OutgoingNotification {
  const successTime = rfc3339China(refund.refundedAt);
  const resource = {
    mchid: keys.mchId,
    out_trade_no: refund.orderNumber,
    transaction_id: refund.gatewayTransactionId,
    out_refund_no: refund.refundNumber,
    refund_id: refund.gatewayRefundId,
    refund_status: 'SUCCESS',
    success_time: successTime,
    user_received_account: '支付用户零钱',
    amount: {
      total: refund.totalFen,
      refund: refund.amountFen,
      payer_total: refund.totalFen,
      payer_refund: refund.amountFen,
    },
  };
  const body = JSON.stringify({
    id: randomUUID(),
    create_time: successTime,
    resource_type: 'encrypt-resource',
    event_type: 'REFUND.SUCCESS',
    summary: '退款成功',
    resource: encryptResource(JSON.stringify(resource), keys.apiV3Key, 'refund', 'refund'),
  });
  return wechatPaySigned(keys, body, timestamp);
}

/** UnionPay 5.1.0 back notification of a refund (txnType 04): orderId is our refund number. */
export function unionPayRefundNotification(
  keys: SandboxKeys['unionPay'],
  refund: CompletedRefund,
): OutgoingNotification {
  const txnTime = unionPayTime(refund.refundedAt);
  return signedUnionPayForm(keys, {
    version: '5.1.0',
    encoding: 'UTF-8',
    txnType: '04',
    txnSubType: '00',
    bizType: unionPayQr.bizType,
    accessType: '0',
    channelType: unionPayQr.channelType,
    merId: keys.merId,
    orderId: refund.refundNumber,
    origQryId: refund.gatewayTransactionId,
    txnTime,
    txnAmt: String(refund.amountFen),
    currencyCode: '156',
    queryId: refund.gatewayRefundId,
    traceNo: refund.gatewayRefundId.slice(-6),
    traceTime: txnTime.slice(4),
    settleAmt: String(refund.amountFen),
    settleCurrencyCode: '156',
    settleDate: txnTime.slice(4, 8),
    reqReserved: refund.orderNumber,
  });
}
