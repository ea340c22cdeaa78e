import { describe } from 'vitest';
import { paymentMachine as m } from './payment';
import { checkTransitions } from './test-support';

const reason = 'voucher amount differs';

describe('payment lifecycle', () => {
  checkTransitions(
    m,
    [
      { from: 'created', action: 'notifySuccess', actor: 'system', to: 'succeeded' },
      { from: 'created', action: 'notifyFailure', actor: 'system', to: 'failed' },
      {
        from: 'created',
        action: 'submitRemittance',
        actor: 'liaison',
        to: 'awaitingConfirmation',
      },
      {
        from: 'rejected',
        action: 'submitRemittance',
        actor: 'liaison',
        to: 'awaitingConfirmation',
      },
      { from: 'awaitingConfirmation', action: 'confirm', actor: 'finance', to: 'succeeded' },
      {
        from: 'awaitingConfirmation',
        action: 'reject',
        actor: 'finance',
        ctx: { reason },
        to: 'rejected',
      },
      { from: 'created', action: 'close', actor: 'system', to: 'closed' },
      { from: 'failed', action: 'close', actor: 'system', to: 'closed' },
      { from: 'rejected', action: 'close', actor: 'system', to: 'closed' },
      { from: 'created', action: 'flag', actor: 'system', to: 'flagged' },
      { from: 'awaitingConfirmation', action: 'flag', actor: 'system', to: 'flagged' },
      { from: 'failed', action: 'flag', actor: 'system', to: 'flagged' },
      { from: 'closed', action: 'flag', actor: 'system', to: 'flagged' },
      {
        from: 'flagged',
        action: 'resolveAsSucceeded',
        actor: 'finance',
        ctx: { reason },
        to: 'succeeded',
      },
      {
        from: 'flagged',
        action: 'resolveAsClosed',
        actor: 'finance',
        ctx: { reason },
        to: 'closed',
      },
    ],
    [
      { from: 'succeeded', action: 'notifySuccess', actor: 'system', code: 'notAllowedFromState' },
      { from: 'created', action: 'notifySuccess', actor: 'liaison', code: 'actorNotAllowed' },
      { from: 'succeeded', action: 'notifyFailure', actor: 'system', code: 'notAllowedFromState' },
      { from: 'created', action: 'notifyFailure', actor: 'finance', code: 'actorNotAllowed' },
      {
        from: 'succeeded',
        action: 'submitRemittance',
        actor: 'liaison',
        code: 'notAllowedFromState',
      },
      { from: 'created', action: 'submitRemittance', actor: 'finance', code: 'actorNotAllowed' },
      { from: 'created', action: 'confirm', actor: 'finance', code: 'notAllowedFromState' },
      {
        from: 'awaitingConfirmation',
        action: 'confirm',
        actor: 'liaison',
        code: 'actorNotAllowed',
      },
      {
        from: 'created',
        action: 'reject',
        actor: 'finance',
        ctx: { reason },
        code: 'notAllowedFromState',
      },
      {
        from: 'awaitingConfirmation',
        action: 'reject',
        actor: 'operations',
        ctx: { reason },
        code: 'actorNotAllowed',
      },
      { from: 'awaitingConfirmation', action: 'reject', actor: 'finance', code: 'reasonRequired' },
      { from: 'succeeded', action: 'close', actor: 'system', code: 'notAllowedFromState' },
      { from: 'created', action: 'close', actor: 'liaison', code: 'actorNotAllowed' },
      { from: 'succeeded', action: 'flag', actor: 'system', code: 'notAllowedFromState' },
      { from: 'created', action: 'flag', actor: 'finance', code: 'actorNotAllowed' },
      {
        from: 'closed',
        action: 'resolveAsSucceeded',
        actor: 'finance',
        ctx: { reason },
        code: 'notAllowedFromState',
      },
      {
        from: 'flagged',
        action: 'resolveAsSucceeded',
        actor: 'system',
        ctx: { reason },
        code: 'actorNotAllowed',
      },
      { from: 'flagged', action: 'resolveAsSucceeded', actor: 'finance', code: 'reasonRequired' },
      {
        from: 'created',
        action: 'resolveAsClosed',
        actor: 'finance',
        ctx: { reason },
        code: 'notAllowedFromState',
      },
      {
        from: 'flagged',
        action: 'resolveAsClosed',
        actor: 'operations',
        ctx: { reason },
        code: 'actorNotAllowed',
      },
      { from: 'flagged', action: 'resolveAsClosed', actor: 'finance', code: 'reasonRequired' },
    ],
  );
});
