import { describe } from 'vitest';
import { refundMachine as m } from './refund';
import { checkTransitions } from './test-support';

describe('refund lifecycle', () => {
  checkTransitions(
    m,
    [
      { from: 'requested', action: 'submit', actor: 'finance', to: 'processing' },
      { from: 'processing', action: 'succeed', actor: 'system', to: 'succeeded' },
      { from: 'processing', action: 'succeed', actor: 'finance', to: 'succeeded' },
      { from: 'processing', action: 'fail', actor: 'system', to: 'failed' },
      { from: 'processing', action: 'fail', actor: 'finance', to: 'failed' },
      { from: 'failed', action: 'retry', actor: 'finance', to: 'processing' },
    ],
    [
      { from: 'processing', action: 'submit', actor: 'finance', code: 'notAllowedFromState' },
      { from: 'requested', action: 'submit', actor: 'liaison', code: 'actorNotAllowed' },
      { from: 'requested', action: 'succeed', actor: 'system', code: 'notAllowedFromState' },
      { from: 'processing', action: 'succeed', actor: 'operations', code: 'actorNotAllowed' },
      { from: 'succeeded', action: 'fail', actor: 'system', code: 'notAllowedFromState' },
      { from: 'processing', action: 'fail', actor: 'liaison', code: 'actorNotAllowed' },
      { from: 'succeeded', action: 'retry', actor: 'finance', code: 'notAllowedFromState' },
      { from: 'failed', action: 'retry', actor: 'system', code: 'actorNotAllowed' },
    ],
  );
});
