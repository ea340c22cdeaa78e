import { describe } from 'vitest';
import { invoiceMachine as m } from './invoice';
import { checkTransitions } from './test-support';

const booked = { invoiceKind: 'special', buyerDeductedOrBooked: true } as const;
const notBooked = { invoiceKind: 'special', buyerDeductedOrBooked: false } as const;
const ordinary = { invoiceKind: 'ordinary' } as const;

describe('invoice lifecycle', () => {
  checkTransitions(
    m,
    [
      { from: 'requested', action: 'issue', actor: 'finance', to: 'issued' },
      {
        from: 'requested',
        action: 'reject',
        actor: 'finance',
        ctx: { reason: 'tax number wrong' },
        to: 'rejected',
      },
      { from: 'issued', action: 'reverse', actor: 'finance', ctx: ordinary, to: 'reversed' },
      { from: 'issued', action: 'reverse', actor: 'system', ctx: notBooked, to: 'reversed' },
      {
        from: 'issued',
        action: 'raiseRedLetterConfirmation',
        actor: 'finance',
        ctx: booked,
        to: 'reversalPending',
      },
      {
        from: 'issued',
        action: 'raiseRedLetterConfirmation',
        actor: 'system',
        ctx: booked,
        to: 'reversalPending',
      },
      { from: 'reversalPending', action: 'confirmRedLetter', actor: 'finance', to: 'reversed' },
      { from: 'reversalPending', action: 'expireRedLetter', actor: 'system', to: 'issued' },
    ],
    [
      { from: 'issued', action: 'issue', actor: 'finance', code: 'notAllowedFromState' },
      { from: 'requested', action: 'issue', actor: 'liaison', code: 'actorNotAllowed' },
      {
        from: 'issued',
        action: 'reject',
        actor: 'finance',
        ctx: { reason: 'x' },
        code: 'notAllowedFromState',
      },
      {
        from: 'requested',
        action: 'reject',
        actor: 'operations',
        ctx: { reason: 'x' },
        code: 'actorNotAllowed',
      },
      { from: 'requested', action: 'reject', actor: 'finance', code: 'reasonRequired' },
      { from: 'requested', action: 'reverse', actor: 'finance', code: 'notAllowedFromState' },
      {
        from: 'issued',
        action: 'reverse',
        actor: 'liaison',
        ctx: ordinary,
        code: 'actorNotAllowed',
      },
      {
        from: 'issued',
        action: 'reverse',
        actor: 'finance',
        ctx: booked,
        code: 'redLetterConfirmationRequired',
      },
      {
        from: 'reversed',
        action: 'raiseRedLetterConfirmation',
        actor: 'finance',
        ctx: booked,
        code: 'notAllowedFromState',
      },
      {
        from: 'issued',
        action: 'raiseRedLetterConfirmation',
        actor: 'operations',
        ctx: booked,
        code: 'actorNotAllowed',
      },
      {
        from: 'issued',
        action: 'raiseRedLetterConfirmation',
        actor: 'finance',
        ctx: notBooked,
        code: 'redLetterConfirmationNotNeeded',
      },
      { from: 'issued', action: 'confirmRedLetter', actor: 'finance', code: 'notAllowedFromState' },
      {
        from: 'reversalPending',
        action: 'confirmRedLetter',
        actor: 'system',
        code: 'actorNotAllowed',
      },
      { from: 'issued', action: 'expireRedLetter', actor: 'system', code: 'notAllowedFromState' },
      {
        from: 'reversalPending',
        action: 'expireRedLetter',
        actor: 'finance',
        code: 'actorNotAllowed',
      },
    ],
  );
});
