import type { Machine, TransitionContext } from './machine';

export const paymentStatuses = [
  'created',
  'awaitingConfirmation',
  'succeeded',
  'failed',
  'rejected',
  'closed',
  'flagged',
] as const;
export type PaymentStatus = (typeof paymentStatuses)[number];
export type PaymentAction =
  | 'notifySuccess'
  | 'notifyFailure'
  | 'submitRemittance'
  | 'confirm'
  | 'reject'
  | 'confirmByStatement'
  | 'close'
  | 'flag'
  | 'resolveAsSucceeded'
  | 'resolveAsClosed';

export type PaymentContext = TransitionContext;

export const paymentMachine: Machine<PaymentStatus, PaymentAction, PaymentContext> = {
  name: 'payment',
  field: 'paymentStatus',
  states: paymentStatuses,
  initial: 'created',
  creations: [{ state: 'created', actors: ['liaison'] }],
  transitions: [
    // QR and B2B gateways: a verified asynchronous notification decides.
    { from: 'created', action: 'notifySuccess', to: 'succeeded', actors: ['system'] },
    { from: 'created', action: 'notifyFailure', to: 'failed', actors: ['system'] },
    // Bank transfer: remittance details + voucher, then finance decides. A rejected remittance
    // may be corrected and submitted again.
    {
      from: ['created', 'rejected'],
      action: 'submitRemittance',
      to: 'awaitingConfirmation',
      actors: ['liaison'],
    },
    { from: 'awaitingConfirmation', action: 'confirm', to: 'succeeded', actors: ['finance'] },
    {
      from: 'awaitingConfirmation',
      action: 'reject',
      to: 'rejected',
      actors: ['finance'],
      requiresReason: true,
    },
    // A line of the bank statement proves the money arrived (matched on the payment reference and
    // amount, or picked by finance): that settles it whether or not a remittance was sent first
    // or was rejected for a poor voucher.
    {
      from: ['created', 'awaitingConfirmation', 'rejected'],
      action: 'confirmByStatement',
      to: 'succeeded',
      actors: ['finance'],
    },
    // The order was cancelled or expired, or the attempt was superseded by another method.
    { from: ['created', 'failed', 'rejected'], action: 'close', to: 'closed', actors: ['system'] },
    // Money that does not fit: amount mismatch, or a success notice for a closed payment of a
    // cancelled/expired order. Finance looks at it by hand.
    {
      from: ['created', 'awaitingConfirmation', 'failed', 'closed'],
      action: 'flag',
      to: 'flagged',
      actors: ['system'],
    },
    {
      from: 'flagged',
      action: 'resolveAsSucceeded',
      to: 'succeeded',
      actors: ['finance'],
      requiresReason: true,
    },
    {
      from: 'flagged',
      action: 'resolveAsClosed',
      to: 'closed',
      actors: ['finance'],
      requiresReason: true,
    },
  ],
};
