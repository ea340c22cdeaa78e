// Refund confirmation (退款确认): a gateway refund left `processing` — Alipay answered
// `fund_change=N`, a refund notification never came, or the cms stopped between sending the
// refund and booking the answer — is asked about with the gateway's refund query
// (alipay.trade.fastpay.refund.query, WeChat Pay GET /v3/refund/domestic/refunds/{out_refund_no},
// UnionPay queryTrans of the refund). One job a short while after each accepted refund, and a
// sweep on a schedule for everything still processing.
import type { Core } from '@strapi/strapi';
import { enqueue, queue, work } from '../jobs/queue';
import { GatewayAnswerRejected, gatewayMethods } from '../payments/types';
import { completeRefund } from './complete';
import { gatewayRefund } from './gateway-request';
import { lockRefund, moveRefund, type RefundRow } from './refund-moves';

interface ConfirmationJob {
  /** One refund; absent for the periodic sweep. */
  refundNumber?: string;
}

export type ConfirmationOutcome =
  | 'succeeded'
  | 'failed'
  | 'pending'
  | 'notFoundYet'
  | 'amountMismatch'
  | 'answerRejected'
  | 'notProcessing'
  | 'noGateway';

const seconds = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value >= 0 ? value : fallback;
};
/** Alipay asks for at least 10 s between a refund and its query. */
const firstQueryDelay = () => seconds('REFUND_CONFIRMATION_DELAY_SECONDS', 15);
/** A refund the gateway still does not know after this long was never received: it fails. */
const giveUpAfter = () => seconds('REFUND_UNCONFIRMED_FAIL_MINUTES', 60) * 60_000;
/** The sweep leaves a refund alone while its own submission may still be talking to the gateway. */
const SWEEP_MIN_AGE_MS = 60_000;

/** Queues the first confirmation of a refund the gateway accepted without finishing it. */
export const scheduleConfirmation = (refundNumber: string) =>
  enqueue('refund-confirmation', { refundNumber } satisfies ConfirmationJob, {
    startAfter: firstQueryDelay(),
  });

/** Asks the gateway about one refund and books what it says (idempotent; the refund is locked). */
export async function confirmRefund(
  strapi: Core.Strapi,
  refundNumber: string,
): Promise<ConfirmationOutcome> {
  // Read without a lock: the gateway is asked outside any transaction.
  const current = (await strapi.db
    .connection('refunds')
    .where({ refund_number: refundNumber })
    .first()) as (RefundRow & { submitted_at: Date | null }) | undefined;
  if (current?.refund_status !== 'processing') return 'notProcessing';
  const submittedAt = new Date(current.submitted_at ?? Date.now());
  const target = await gatewayRefund(strapi, current, submittedAt);
  if (!target.ok) return 'noGateway';
  let answer: Awaited<ReturnType<typeof target.adapter.refundQuery>>;
  try {
    answer = await target.adapter.refundQuery(target.request);
  } catch (error) {
    if (!(error instanceof GatewayAnswerRejected)) throw error;
    strapi.log.warn(`refund ${refundNumber}: query answer rejected: ${error.message}`);
    return 'answerRejected';
  }
  return strapi.db.transaction(async ({ trx }) => {
    const refund = await lockRefund(trx, { refund_number: refundNumber });
    // A refund notification or finance may have settled it meanwhile.
    if (refund?.refund_status !== 'processing') return 'notProcessing';
    if (answer.state === 'done') {
      // A done answer that does not say how much came back proves nothing about the amount.
      if (answer.amountFen !== refund.amount_fen) {
        strapi.log.error(
          `refund ${refundNumber}: the gateway refunded ${answer.amountFen ?? 'an unstated amount of'} fen, not ${refund.amount_fen}; left for finance`,
        );
        return 'amountMismatch';
      }
      await completeRefund(trx, refund, {
        action: 'succeed',
        actor: 'system',
        refundedAmountFen: refund.amount_fen,
        channelReference: answer.gatewayRefundId ?? refund.refund_number,
      });
      return 'succeeded';
    }
    const unknownTooLong =
      answer.state === 'notFound' && Date.now() - submittedAt.getTime() > giveUpAfter();
    if (answer.state === 'failed' || unknownTooLong) {
      const message =
        answer.state === 'failed'
          ? `网关退款失败 (refund failed at the gateway): ${answer.message ?? ''}`.trim()
          : '网关未收到该退款，请重试，将以同一退款单号重发 (the gateway has no such refund; retry sends the same refund number)';
      await moveRefund(trx, refund, {
        action: 'fail',
        actor: 'system',
        reason: message.slice(0, 500),
        columns: { failure_reason: message },
      });
      return 'failed';
    }
    return answer.state === 'notFound' ? 'notFoundYet' : 'pending';
  });
}

/** Every gateway refund processing for more than a minute, oldest first, confirmed one by one. */
export async function confirmProcessingRefunds(strapi: Core.Strapi) {
  const waiting: { refund_number: string }[] = await strapi.db
    .connection('refunds')
    .where({ refund_status: 'processing' })
    .whereIn('payment_method', [...gatewayMethods])
    .where('submitted_at', '<', new Date(Date.now() - SWEEP_MIN_AGE_MS))
    .orderBy('submitted_at')
    .limit(500)
    .select('refund_number');
  const outcomes: Record<string, ConfirmationOutcome | 'error'> = {};
  for (const { refund_number } of waiting) {
    try {
      outcomes[refund_number] = await confirmRefund(strapi, refund_number);
    } catch (error) {
      // One gateway down must not stop the others; the next sweep asks again.
      strapi.log.error(`refund ${refund_number}: confirmation failed: ${(error as Error).message}`);
      outcomes[refund_number] = 'error';
    }
  }
  return outcomes;
}

/** The worker, and the sweep every REFUND_CONFIRMATION_CRON (every ten minutes by default). */
export async function startRefundConfirmationWorker(strapi: Core.Strapi) {
  await work<ConfirmationJob>('refund-confirmation', async (job) => {
    if (!job.refundNumber) {
      await confirmProcessingRefunds(strapi);
      return;
    }
    const outcome = await confirmRefund(strapi, job.refundNumber);
    // Still on its way: asked again later by the job's retry (with backoff), then by the sweep.
    if (outcome === 'pending' || outcome === 'notFoundYet' || outcome === 'answerRejected') {
      throw new Error(`refund ${job.refundNumber} not confirmed yet (${outcome})`);
    }
  });
  await queue().schedule(
    'refund-confirmation',
    process.env.REFUND_CONFIRMATION_CRON || '*/10 * * * *',
    {} satisfies ConfirmationJob,
  );
}
