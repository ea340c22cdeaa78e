import type { InvoiceKind } from '../vocabularies';
import type { Machine, TransitionContext } from './machine';

export const invoiceStatuses = [
  'requested',
  'issued',
  'reversalPending',
  'reversed',
  'rejected',
] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];
export type InvoiceAction =
  | 'issue'
  | 'reject'
  | 'reverse'
  | 'raiseRedLetterConfirmation'
  | 'confirmRedLetter'
  | 'expireRedLetter';

export interface InvoiceContext extends TransitionContext {
  invoiceKind?: InvoiceKind;
  /** The buyer has already deducted (抵扣) or booked (入账) the invoice. */
  buyerDeductedOrBooked?: boolean;
}

// Once the buyer has deducted or booked the invoice, the red-letter invoice needs a
// confirmation (红字确认单) the buyer accepts within 72 hours; otherwise it is issued directly.
function directReversal(ctx: InvoiceContext): string | null {
  return ctx.buyerDeductedOrBooked === true ? 'redLetterConfirmationRequired' : null;
}

function confirmationNeeded(ctx: InvoiceContext): string | null {
  return ctx.buyerDeductedOrBooked === true ? null : 'redLetterConfirmationNotNeeded';
}

export const invoiceMachine: Machine<InvoiceStatus, InvoiceAction, InvoiceContext> = {
  name: 'invoice',
  field: 'invoiceStatus',
  states: invoiceStatuses,
  initial: 'requested',
  creations: [{ state: 'requested', actors: ['liaison'] }],
  transitions: [
    { from: 'requested', action: 'issue', to: 'issued', actors: ['finance'] },
    {
      from: 'requested',
      action: 'reject',
      to: 'rejected',
      actors: ['finance'],
      requiresReason: true,
    },
    {
      from: 'issued',
      action: 'reverse',
      to: 'reversed',
      actors: ['finance', 'system'],
      guard: directReversal,
    },
    {
      from: 'issued',
      action: 'raiseRedLetterConfirmation',
      to: 'reversalPending',
      actors: ['finance', 'system'],
      guard: confirmationNeeded,
    },
    { from: 'reversalPending', action: 'confirmRedLetter', to: 'reversed', actors: ['finance'] },
    // The 72-hour window passed without the buyer's confirmation: the invoice stands.
    { from: 'reversalPending', action: 'expireRedLetter', to: 'issued', actors: ['system'] },
  ],
};
