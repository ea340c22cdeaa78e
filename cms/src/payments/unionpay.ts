// UnionPay QR payment (二维码支付, bizType 000000) and the B2B corporate bank gateway (企业网银,
// bizType 000202): one protocol (5.1.0, unionpay-signature.ts), two products. QR asks the back
// end for a `qrCode`; B2B sends the payer's browser to the bank with a signed form. Both are
// confirmed by a form-encoded signed back notification (`backUrl`), answered HTTP 200 `ok`;
// respCode 00 or A6 is a payment.
import type { KeyObject, X509Certificate } from 'node:crypto';
import { parseForm } from './form';
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
  parseUnionPayTime,
  signUnionPayFields,
  type UnionPayFields,
  unionPayTime,
  verifyUnionPayFields,
} from './unionpay-signature';

export interface UnionPayConfig {
  merId: string;
  /** The merchant signing key and its certificate (certId). */
  signKey: KeyObject;
  signCertificate: X509Certificate;
  /** UnionPay's signing certificates we accept, by certId. */
  verifyCertificates: Map<string, X509Certificate>;
  /** frontTransReq.do (browser), backTransReq.do, queryTrans.do. */
  frontUrl: string;
  backUrl: string;
  queryUrl: string;
  /** The transport (the sandbox bank answers in-process); `fetch` by default. */
  fetch?: GatewayFetch;
}

interface Product {
  method: 'unionPay' | 'b2bGateway';
  bizType: string;
  txnSubType: string;
  channelType: string;
  /** QR: the back end returns a code; redirect: the browser posts the form to the bank. */
  prompt: 'qr' | 'redirect';
}

export const unionPayQr: Product = {
  method: 'unionPay',
  bizType: '000000',
  txnSubType: '07',
  channelType: '08',
  prompt: 'qr',
};
export const b2bGateway: Product = {
  method: 'b2bGateway',
  bizType: '000202',
  txnSubType: '01',
  channelType: '07',
  prompt: 'redirect',
};

const PAID = new Set(['00', 'A6']);
const TXN_CONSUME = '01';
const TXN_REFUND = '04';

/**
 * txnTime of an order's transactions: the time in its order number (V + yyyyMMddHHmmss + serial),
 * so a later query or refund names the same original transaction without storing it.
 */
export const orderTxnTime = (orderNumber: string) =>
  /^V\d{24}$/.test(orderNumber) ? orderNumber.slice(1, 15) : unionPayTime(new Date());

/** traceTime is MMddHHmmss of the payment; the year comes from txnTime. */
const paidTime = (fields: UnionPayFields) =>
  parseUnionPayTime(`${(fields.txnTime ?? '').slice(0, 4)}${fields.traceTime ?? ''}`) ?? new Date();

export function createUnionPayAdapter(config: UnionPayConfig, product: Product): GatewayAdapter {
  const common = () => ({
    version: '5.1.0',
    encoding: 'UTF-8',
    accessType: '0',
    currencyCode: '156',
    merId: config.merId,
    bizType: product.bizType,
    channelType: product.channelType,
  });
  const sign = (fields: UnionPayFields) =>
    signUnionPayFields(fields, config.signKey, config.signCertificate);

  /** One back-end request; the answer is a signed form we verify before believing it. */
  async function post(url: string, fields: UnionPayFields) {
    const response = await (config.fetch ?? fetch)(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      body: new URLSearchParams(sign(fields)).toString(),
    });
    try {
      const answer = parseForm(await response.text());
      verifyUnionPayFields(answer, config.verifyCertificates);
      if (answer.merId && answer.merId !== config.merId) {
        throw new NotificationRefused('wrongMerchant', `merId ${answer.merId} is not ours`);
      }
      return answer;
    } catch (error) {
      if (!(error instanceof NotificationRefused)) throw error;
      throw new GatewayAnswerRejected('answerUnverified', `UnionPay answer: ${error.message}`);
    }
  }

  /** A refund's txnTime is when it was submitted, so the query names the same transaction. */
  const refundTxnTime = (request: RefundRequest) => unionPayTime(request.requestedAt ?? new Date());

  return {
    method: product.method,

    async createPayment(input: CreatePaymentInput): Promise<PaymentPrompt> {
      const fields: UnionPayFields = {
        ...common(),
        txnType: TXN_CONSUME,
        txnSubType: product.txnSubType,
        orderId: input.orderNumber,
        txnTime: orderTxnTime(input.orderNumber),
        txnAmt: String(input.amountFen),
        backUrl: input.notifyUrl,
        orderDesc: input.subject,
        ...(input.expiresAt ? { payTimeout: unionPayTime(input.expiresAt) } : {}),
      };
      if (product.prompt === 'redirect') {
        return {
          kind: 'redirect',
          url: config.frontUrl,
          method: 'POST',
          fields: sign({ ...fields, ...(input.returnUrl ? { frontUrl: input.returnUrl } : {}) }),
        };
      }
      const answer = await post(config.backUrl, fields);
      if (answer.respCode !== '00' || !answer.qrCode) {
        throw new Error(`UnionPay QR: ${answer.respCode} ${answer.respMsg}`);
      }
      return { kind: 'qr', qrContent: answer.qrCode };
    },

    verifyNotification({ rawBody }: IncomingNotification): VerifiedNotice {
      const fields = parseForm(rawBody);
      verifyUnionPayFields(fields, config.verifyCertificates);
      if (fields.merId !== config.merId) {
        throw new NotificationRefused('wrongMerchant', `merId ${fields.merId} is not ours`);
      }
      if (fields.bizType !== product.bizType) {
        throw new NotificationRefused(
          'malformed',
          `bizType ${fields.bizType} is not ${product.bizType}`,
        );
      }
      if (!fields.orderId || !fields.queryId) {
        throw new NotificationRefused('malformed', 'missing orderId or queryId');
      }
      const { signature: _signature, signPubKeyCert: _cert, ...payload } = fields;
      if (fields.txnType === TXN_REFUND) {
        // A refund's orderId is our refund number; reqReserved carries the order number.
        return {
          kind: 'refund',
          orderNumber: fields.reqReserved ?? '',
          refundNumber: fields.orderId,
          gatewayRefundId: fields.queryId,
          amountFen: gatewayFen(fields.txnAmt),
          succeeded: PAID.has(fields.respCode),
          payload,
        };
      }
      if (fields.txnType !== TXN_CONSUME) {
        throw new NotificationRefused('malformed', `txnType ${fields.txnType}`);
      }
      return {
        kind: 'payment',
        orderNumber: fields.orderId,
        gatewayTransactionId: fields.queryId,
        amountFen: gatewayFen(fields.txnAmt),
        paidAt: paidTime(fields),
        succeeded: PAID.has(fields.respCode),
        payload,
      };
    },

    acknowledge: () => ({ status: 200, contentType: 'text/plain', body: 'ok' }),
    // UnionPay retries any answer but 200; the body is for people reading logs.
    refuse: (reason: string) => ({
      status: 400,
      contentType: 'text/plain',
      body: `fail: ${reason}`,
    }),

    async query(orderNumber: string): Promise<QueryResult> {
      const answer = await post(config.queryUrl, {
        ...common(),
        txnType: '00',
        txnSubType: '00',
        orderId: orderNumber,
        txnTime: orderTxnTime(orderNumber),
      });
      if (answer.respCode !== '00') return { state: 'unknown' };
      const orig = answer.origRespCode;
      return {
        state: PAID.has(orig) ? 'paid' : ['03', '04', '05'].includes(orig) ? 'pending' : 'closed',
        gatewayTransactionId: answer.queryId,
        amountFen: answer.txnAmt ? gatewayFen(answer.txnAmt) : undefined,
      };
    },

    /** Accepted now (respCode 00), confirmed by a txnType 04 back notification. */
    async refund(request: RefundRequest): Promise<RefundResult> {
      const answer = await post(config.backUrl, {
        ...common(),
        txnType: TXN_REFUND,
        txnSubType: '00',
        orderId: request.refundNumber,
        origQryId: request.gatewayTransactionId,
        txnTime: refundTxnTime(request),
        txnAmt: String(request.amountFen),
        backUrl: request.notifyUrl,
        reqReserved: request.orderNumber,
      });
      return PAID.has(answer.respCode)
        ? { state: 'accepted', gatewayRefundId: answer.queryId }
        : { state: 'refused', message: `${answer.respCode} ${answer.respMsg}` };
    },

    /**
     * The query (txnType 00) of the refund transaction (orderId = refund number, its txnTime):
     * origRespCode 00/A6 refunded, 03/04/05 in progress; respCode 34 = no such transaction.
     */
    async refundQuery(request: RefundRequest): Promise<RefundQueryResult> {
      const answer = await post(config.queryUrl, {
        ...common(),
        txnType: '00',
        txnSubType: '00',
        orderId: request.refundNumber,
        txnTime: refundTxnTime(request),
      });
      if (answer.respCode === '34') return { state: 'notFound', message: answer.respMsg };
      if (answer.respCode !== '00') {
        return { state: 'pending', message: `${answer.respCode} ${answer.respMsg}` };
      }
      const orig = answer.origRespCode;
      if (PAID.has(orig)) {
        return {
          state: 'done',
          gatewayRefundId: answer.queryId,
          amountFen: answer.txnAmt ? gatewayFen(answer.txnAmt) : undefined,
        };
      }
      if (['03', '04', '05'].includes(orig)) return { state: 'pending' };
      return { state: 'failed', message: `${orig} ${answer.origRespMsg ?? ''}`.trim() };
    },
  };
}
