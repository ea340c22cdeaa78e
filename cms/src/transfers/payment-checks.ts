import { can, machines, type PaymentAction, transitionMessages } from '@pvis/config';
import { conflict, fieldError } from '../errors';
import type { PaymentRow } from '../orders/payment-moves';

/**
 * 409 with the machine's own words when finance or the liaison asks for a move the payment
 * machine refuses (e.g. the second of two racing confirmations), before anything is written.
 */
export function assertPaymentMove(
  payment: PaymentRow,
  action: PaymentAction,
  actor: 'liaison' | 'finance',
  reason?: string,
) {
  const check = can(machines.payment, payment.payment_status, action, actor, { reason });
  if (check.ok) return;
  const message = (transitionMessages as Record<string, { zh: string; en: string }>)[check.code];
  throw conflict([
    fieldError(
      check.code === 'reasonRequired' ? 'reason' : 'paymentStatus',
      check.code,
      message?.zh ?? check.code,
      message?.en ?? check.code,
    ),
  ]);
}
