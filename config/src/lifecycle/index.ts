import { badgeOrderMachine } from './badge-order';
import { investmentProjectMachine } from './investment-project';
import { invoiceMachine } from './invoice';
import { organizationMachine } from './organization';
import { paymentMachine } from './payment';
import { personMachine } from './person';
import { refundMachine } from './refund';

export * from './badge-order';
export * from './investment-project';
export * from './invoice';
export * from './machine';
export * from './messages';
export * from './organization';
export * from './payment';
export * from './person';
export * from './refund';

/** Every lifecycle, keyed by machine name (the cms looks a record type's machine up here). */
export const machines = {
  organization: organizationMachine,
  person: personMachine,
  badgeOrder: badgeOrderMachine,
  payment: paymentMachine,
  invoice: invoiceMachine,
  refund: refundMachine,
  investmentProject: investmentProjectMachine,
} as const;

export type MachineName = keyof typeof machines;
