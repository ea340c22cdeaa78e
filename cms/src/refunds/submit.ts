import { can, machines, type RefundAction } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { conflict, fieldError, invalidFields, notFound } from '../errors';
import { gatewayFailure } from '../payments/gateway-errors';
import { GatewayAnswerRejected, isGatewayMethod, type RefundResult } from '../payments/types';
import { completeRefund } from './complete';
import { scheduleConfirmation } from './confirm';
import { gatewayRefund } from './gateway-request';
import { lockRefund, lockRefundOr404, moveRefund, type RefundRow, refusal } from './refund-moves';

/**
 * The gateway's answer to our refund request. A call that throws is a refusal finance retries
 * (the retry sends the same refund number, which the gateway de-duplicates); an answer that
 * fails verification is kept apart: we cannot tell what the gateway did, so the refund stays
 * processing for the confirmation job to ask.
 */
async function askGateway(
  strapi: Core.Strapi,
  refund: RefundRow,
  submittedAt: Date,
): Promise<RefundResult | { state: 'unverified'; error: GatewayAnswerRejected }> {
  const target = await gatewayRefund(strapi, refund, submittedAt);
  if (!target.ok) return { state: 'refused', message: target.message };
  try {
    return await target.adapter.refund(target.request);
  } catch (error) {
    if (error instanceof GatewayAnswerRejected) return { state: 'unverified', error };
    return {
      state: 'refused',
      message: `网关无应答 (gateway did not answer): ${(error as Error).message}`,
    };
  }
}

/** Any other action: the machine's refusal (409), or the bank refund form's own route. */
async function refuseOtherAction(
  strapi: Core.Strapi,
  documentId: string,
  action: string,
): Promise<never> {
  const refund = await strapi.db
    .connection('refunds')
    .where('document_id', documentId)
    .first('refund_status', 'payment_method');
  if (!refund) throw notFound();
  // Any word the request sent: the machine answers one it does not know (unknownAction).
  const check = can(machines.refund, refund.refund_status, action as RefundAction, 'finance', {
    paymentMethod: refund.payment_method,
  });
  if (!check.ok) throw refusal(check.code);
  throw conflict([
    fieldError(
      'action',
      'useBankRefundForm',
      '请通过“登记银行退款”填写退款金额、流水号和日期',
      'Record the bank refund with its amount, reference and date',
    ),
  ]);
}

/**
 * POST /refunds/:id/transitions `{ action: submit | retry }` (finance). The refund moves to
 * processing and commits BEFORE the gateway is called, so a second submit (another finance user,
 * a double click) is refused by the machine and the gateway is asked once. The answer is booked
 * in a second transaction: done → succeeded; accepted → processing until the refund
 * notification; refused → failed with the gateway's message. A transfer stays processing until
 * finance records the bank refund.
 */
export async function submitRefund(
  strapi: Core.Strapi,
  documentId: string,
  action: unknown,
  userId?: number,
) {
  if (typeof action !== 'string' || !action) {
    throw invalidFields([
      fieldError('action', 'missingAction', '请选择要执行的操作', 'Choose an action'),
    ]);
  }
  if (action !== 'submit' && action !== 'retry') {
    return refuseOtherAction(strapi, documentId, action);
  }
  const submittedAt = new Date();
  const refund = await strapi.db.transaction(async ({ trx }) => {
    const locked = await lockRefundOr404(trx, documentId);
    await moveRefund(trx, locked, {
      action,
      actor: 'finance',
      userId,
      columns: { submitted_at: submittedAt, failure_reason: null },
    });
    return locked;
  });
  if (!isGatewayMethod(refund.payment_method)) return;
  const result = await askGateway(strapi, refund, submittedAt);
  // The sweep asks about any refund still processing, so a queue hiccup here is only logged.
  const confirmLater = () =>
    scheduleConfirmation(refund.refund_number).catch((error: Error) =>
      strapi.log.error(`refund ${refund.refund_number}: confirmation not queued: ${error.message}`),
    );
  if (result.state === 'unverified') {
    // Nothing is booked from it; the refund query will tell.
    await confirmLater();
    throw gatewayFailure(strapi, `refund ${refund.refund_number}`, result.error);
  }
  let accepted = false;
  await strapi.db.transaction(async ({ trx }) => {
    const now = await lockRefund(trx, { document_id: documentId });
    // The refund notification may have completed it already.
    if (now?.refund_status !== 'processing') return;
    if (result.state === 'done') {
      await completeRefund(trx, now, {
        action: 'succeed',
        actor: 'system',
        refundedAmountFen: now.amount_fen,
        channelReference: result.gatewayRefundId ?? null,
      });
    } else if (result.state === 'accepted') {
      accepted = true;
      await trx('refunds')
        .where('id', now.id)
        .update({ channel_reference: result.gatewayRefundId ?? null, updated_at: new Date() });
    } else {
      const message = result.message ?? '网关拒绝退款 (refused by the gateway)';
      await moveRefund(trx, now, {
        action: 'fail',
        actor: 'system',
        reason: message.slice(0, 500),
        columns: { failure_reason: message },
      });
    }
  });
  // Accepted but not finished (WeChat Pay, UnionPay, Alipay fund_change=N): confirmed by query
  // if no notification settles it first.
  if (accepted) await confirmLater();
}
