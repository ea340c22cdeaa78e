// The sandbox bank as the Alipay OpenAPI (gateway.do), written from the open platform's
// documents: the merchant's RSA2 request signature is checked, and the answer is
// `{"<method>_response":{…},"sign":…}` with RSA2 over the exact response text.
import { alipaySignContent, responseKey, rsa2Sign, rsa2Verify } from '../alipay-openapi';
import { fenToYuan, gatewayYuanToFen } from '../money';
import { jsonResponse, tamper } from './answers';
import type { SandboxBank } from './bank';

type Answer = Record<string, unknown>;

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
        ...(bank.refundQueryWithoutAmount ? {} : { refund_amount: fenToYuan(refund.amountFen) }),
        ...(refund.state === 'done' ? { refund_status: 'REFUND_SUCCESS' } : {}),
      };
    }
    default:
      return { code: '40004', msg: 'Business Failed', sub_code: 'isv.invalid-method' };
  }
}

export function alipayApi(bank: SandboxBank, body: string): Response {
  const fields = Object.fromEntries(new URLSearchParams(body));
  const answer = alipayAnswer(bank, fields);
  const key = answer.code === '40002' ? 'error_response' : responseKey(fields.method ?? '');
  const text = JSON.stringify(answer);
  const sign = rsa2Sign(text, bank.keys.alipay.gateway.privateKey);
  const shown = bank.forgeAnswers ? tamper(text) : text;
  return jsonResponse(200, `{"${key}":${shown},"sign":"${sign}"}`);
}
