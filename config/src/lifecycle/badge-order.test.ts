import { describe } from 'vitest';
import { badgeOrderMachine as m } from './badge-order';
import { checkTransitions } from './test-support';

describe('badge order lifecycle', () => {
  checkTransitions(
    m,
    [
      { from: 'pendingPayment', action: 'pay', actor: 'system', to: 'paid' },
      { from: 'pendingPayment', action: 'cancel', actor: 'liaison', to: 'cancelled' },
      { from: 'pendingPayment', action: 'cancel', actor: 'operations', to: 'cancelled' },
      { from: 'pendingPayment', action: 'expire', actor: 'system', to: 'expired' },
      { from: 'paid', action: 'refundPartially', actor: 'system', to: 'partiallyRefunded' },
      { from: 'paid', action: 'refundPartially', actor: 'finance', to: 'partiallyRefunded' },
      {
        from: 'partiallyRefunded',
        action: 'refundPartially',
        actor: 'system',
        to: 'partiallyRefunded',
      },
      {
        from: 'partiallyRefunded',
        action: 'refundPartially',
        actor: 'finance',
        to: 'partiallyRefunded',
      },
      { from: 'paid', action: 'refundFully', actor: 'system', to: 'refunded' },
      { from: 'paid', action: 'refundFully', actor: 'finance', to: 'refunded' },
      { from: 'partiallyRefunded', action: 'refundFully', actor: 'system', to: 'refunded' },
      { from: 'partiallyRefunded', action: 'refundFully', actor: 'finance', to: 'refunded' },
    ],
    [
      { from: 'cancelled', action: 'pay', actor: 'system', code: 'notAllowedFromState' },
      { from: 'expired', action: 'pay', actor: 'system', code: 'notAllowedFromState' },
      { from: 'pendingPayment', action: 'pay', actor: 'liaison', code: 'actorNotAllowed' },
      { from: 'paid', action: 'cancel', actor: 'liaison', code: 'notAllowedFromState' },
      { from: 'pendingPayment', action: 'cancel', actor: 'finance', code: 'actorNotAllowed' },
      { from: 'paid', action: 'expire', actor: 'system', code: 'notAllowedFromState' },
      {
        from: 'pendingPayment',
        action: 'expire',
        actor: 'system',
        ctx: { transferAwaitingConfirmation: true },
        code: 'transferAwaitingConfirmation',
      },
      { from: 'pendingPayment', action: 'expire', actor: 'liaison', code: 'actorNotAllowed' },
      {
        from: 'pendingPayment',
        action: 'refundPartially',
        actor: 'finance',
        code: 'notAllowedFromState',
      },
      { from: 'paid', action: 'refundPartially', actor: 'liaison', code: 'actorNotAllowed' },
      { from: 'refunded', action: 'refundFully', actor: 'finance', code: 'notAllowedFromState' },
      { from: 'paid', action: 'refundFully', actor: 'operations', code: 'actorNotAllowed' },
    ],
  );
});
