import type { Machine, TransitionContext } from './machine';

export const refundStatuses = ['requested', 'processing', 'succeeded', 'failed'] as const;
export type RefundStatus = (typeof refundStatuses)[number];
export type RefundAction = 'submit' | 'succeed' | 'fail' | 'retry';

export type RefundContext = TransitionContext;

export const refundMachine: Machine<RefundStatus, RefundAction, RefundContext> = {
  name: 'refund',
  field: 'refundStatus',
  states: refundStatuses,
  initial: 'requested',
  // Refunds are only for persons rejected in review, so the system raises them.
  creations: [{ state: 'requested', actors: ['system', 'finance'] }],
  transitions: [
    { from: 'requested', action: 'submit', to: 'processing', actors: ['finance'] },
    // The gateway's refund notice (system) or finance recording a bank refund decides.
    { from: 'processing', action: 'succeed', to: 'succeeded', actors: ['system', 'finance'] },
    { from: 'processing', action: 'fail', to: 'failed', actors: ['system', 'finance'] },
    { from: 'failed', action: 'retry', to: 'processing', actors: ['finance'] },
  ],
};
