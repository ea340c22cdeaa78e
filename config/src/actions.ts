import type { MachineName, machines } from './lifecycle';
import type { ActionOf } from './lifecycle/machine';

/** A transition of some machine: what `POST /<records>/:id/transitions { action }` names. */
export type TransitionAction = { [M in MachineName]: ActionOf<(typeof machines)[M]> }[MachineName];

/**
 * Actions of a record's own routes that the API lists in `allowedActions` beside its machine's
 * transitions; the portal shows the matching button and nothing else decides it.
 */
export const recordRouteActions = {
  /** POST /badge-orders/:id/payments: the liaison pays a pending order. */
  pay: 'pay',
  /** POST /invoices for a paid order without a standing invoice (申请开票). */
  requestInvoice: 'requestInvoice',
  /** GET /invoices/:id/pdf once the invoice has a number. */
  downloadPdf: 'downloadPdf',
  /** POST /invoices/:id/buyer-deducted (finance: the buyer deducted or booked it). */
  markDeducted: 'markDeducted',
  /** POST /bank-statement-lines/:id/match (finance matches a statement line by hand). */
  match: 'match',
  /** POST /persons/:id/reuse (证件复用 from the previous edition). */
  reuse: 'reuse',
} as const;

export type RecordRouteAction = (typeof recordRouteActions)[keyof typeof recordRouteActions];

/** Every name `allowedActions` may hold. */
export type AllowedAction = TransitionAction | RecordRouteAction;
