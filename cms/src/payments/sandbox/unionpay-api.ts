// The sandbox bank as UnionPay 5.1.0's back end (backTransReq.do: QR consumption and refunds;
// queryTrans.do): the merchant's signature and merId are checked, and the answer is a form
// signed with the gateway's certificate.
import { decimalSerial } from '../pem';
import {
  parseUnionPayTime,
  signUnionPayFields,
  unionPayTime,
  verifyUnionPayFields,
} from '../unionpay-signature';
import type { SandboxBank } from './bank';

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

export function unionPayApi(
  bank: SandboxBank,
  method: 'unionPay' | 'b2bGateway',
  body: string,
): Response {
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
