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

export type BadgeOrderContext = TransitionContext;

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
    { from: 'pendingPayment', action: 'expire', to: 'expired', actors: ['system'] },
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
