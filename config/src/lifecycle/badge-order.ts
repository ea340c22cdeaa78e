import type { Machine, TransitionContext } from './machine';

export const badgeOrderStatuses = [
  'pendingPayment',
  'paid',
  'cancelled',
  'expired',
  'partiallyRefunded',
  'refunded',
] as const;
export type BadgeOrderStatus = (typeof badgeOrderStatuses)[number];
export type BadgeOrderAction = 'pay' | 'cancel' | 'expire' | 'refundPartially' | 'refundFully';

export interface BadgeOrderContext extends TransitionContext {
  /** A bank-transfer remittance is with finance: the payer says the money is on its way. */
  transferAwaitingConfirmation?: boolean;
}

export const badgeOrderMachine: Machine<BadgeOrderStatus, BadgeOrderAction, BadgeOrderContext> = {
  name: 'badgeOrder',
  field: 'orderStatus',
  states: badgeOrderStatuses,
  initial: 'pendingPayment',
  creations: [{ state: 'pendingPayment', actors: ['liaison'] }],
  transitions: [
    { from: 'pendingPayment', action: 'pay', to: 'paid', actors: ['system'] },
    {
      from: 'pendingPayment',
      action: 'cancel',
      to: 'cancelled',
      actors: ['liaison', 'operations'],
    },
    // An order whose transfer remittance finance has not decided yet does not expire: the money
    // may already be in the account. A rejection lets it expire again.
    {
      from: 'pendingPayment',
      action: 'expire',
      to: 'expired',
      actors: ['system'],
      guard: (ctx) => (ctx.transferAwaitingConfirmation ? 'transferAwaitingConfirmation' : null),
    },
    // Refunds follow review rejections; the order records whether money remains on it.
    {
      from: ['paid', 'partiallyRefunded'],
      action: 'refundPartially',
      to: 'partiallyRefunded',
      actors: ['system', 'finance'],
    },
    {
      from: ['paid', 'partiallyRefunded'],
      action: 'refundFully',
      to: 'refunded',
      actors: ['system', 'finance'],
    },
  ],
};
