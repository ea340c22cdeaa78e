import type { Core } from '@strapi/strapi';
import type { GatewayMethod, RefundNotice } from '../payments/types';
import { completeRefund } from './complete';
import { lockRefund, moveRefund } from './refund-moves';

export interface RecordedRefundNotice {
  /** False: answer the gateway with its failure reply (it retries), nothing written. */
  accepted: boolean;
  outcome: 'succeeded' | 'failed' | 'repeat' | 'unknownRefund' | 'amountMismatch' | 'notSubmitted';
}

const failureOf = (notice: RefundNotice) => {
  const p = notice.payload as Record<string, unknown>;
  return String(p.refund_status ?? p.respMsg ?? p.respCode ?? 'refund failed');
};

/**
 * A verified refund notification (WeChat Pay REFUND.*, UnionPay txnType 04): in one transaction
 * the refund with that refund number is locked and completed or failed. The lock and the state
 * make it idempotent: the tenth copy finds the refund succeeded and changes nothing.
 */
export async function recordRefundNotice(
  strapi: Core.Strapi,
  method: GatewayMethod,
  notice: RefundNotice,
): Promise<RecordedRefundNotice> {
  return strapi.db.transaction(async ({ trx }) => {
    const refund = await lockRefund(trx, { refund_number: notice.refundNumber });
    const answer = (accepted: boolean, outcome: RecordedRefundNotice['outcome']) => ({
      accepted,
      outcome,
    });
    if (!refund || refund.payment_method !== method) return answer(false, 'unknownRefund');
    if (notice.amountFen !== refund.amount_fen) return answer(false, 'amountMismatch');
    const status = refund.refund_status;
    if (status === 'succeeded' || (status === 'failed' && !notice.succeeded)) {
      return answer(true, 'repeat');
    }
    // Not sent yet (cannot be ours): refused, so the gateway keeps it and finance can look.
    if (status === 'requested') return answer(false, 'notSubmitted');
    if (notice.succeeded) {
      await completeRefund(trx, refund, {
        action: 'succeed',
        actor: 'system',
        refundedAmountFen: notice.amountFen,
        channelReference: notice.gatewayRefundId,
      });
      return answer(true, 'succeeded');
    }
    const message = failureOf(notice);
    await moveRefund(trx, refund, {
      action: 'fail',
      actor: 'system',
      reason: message,
      columns: { failure_reason: message, channel_reference: notice.gatewayRefundId },
    });
    return answer(true, 'failed');
  });
}
