import type { Machine, TransitionContext } from './machine';

export const refundStatuses = ['requested', 'processing', 'succeeded', 'failed'] as const;
export type RefundStatus = (typeof refundStatuses)[number];
export type RefundAction = 'submit' | 'succeed' | 'recordBankRefund' | 'fail' | 'retry';

export interface RefundContext extends TransitionContext {
  /** How the order was paid: gateway refunds are the gateway's to confirm, transfers finance's. */
  paymentMethod?: string | null;
}

const bankTransferOnly = (ctx: RefundContext) =>
  ctx.paymentMethod === 'bankTransfer' ? null : 'refundNotBankTransfer';

export const refundMachine: Machine<RefundStatus, RefundAction, RefundContext> = {
  name: 'refund',
  field: 'refundStatus',
  states: refundStatuses,
  initial: 'requested',
  // Refunds are only for persons rejected in review: the rejection raises them (system), or
  // finance raises one by hand for a rejected, paid person.
  creations: [{ state: 'requested', actors: ['system', 'finance'] }],
  transitions: [
    // Finance sends it through the original channel (gateway call, or the bank for transfers).
    { from: 'requested', action: 'submit', to: 'processing', actors: ['finance'] },
    // The gateway's synchronous answer or its signed refund notification; also a late notice
    // for a refund we marked failed when the gateway did not answer (the money did move).
    {
      from: ['processing', 'failed'],
      action: 'succeed',
      to: 'succeeded',
      actors: ['system'],
    },
    // A transfer is refunded by finance at the bank; they record amount, reference and date.
    {
      from: 'processing',
      action: 'recordBankRefund',
      to: 'succeeded',
      actors: ['finance'],
      guard: bankTransferOnly,
    },
    { from: 'processing', action: 'fail', to: 'failed', actors: ['system'] },
    // Same refund number again: the gateway de-duplicates, so a retry never pays twice.
    { from: 'failed', action: 'retry', to: 'processing', actors: ['finance'] },
  ],
};
