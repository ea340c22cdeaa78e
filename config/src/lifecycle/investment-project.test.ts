import { describe } from 'vitest';
import { investmentProjectMachine as m } from './investment-project';
import { checkTransitions } from './test-support';

const reason = 'region missing';

describe('investment project lifecycle', () => {
  checkTransitions(
    m,
    [
      { from: 'draft', action: 'submit', actor: 'liaison', to: 'submitted' },
      { from: 'submitted', action: 'approve', actor: 'delegationReviewer', to: 'approved' },
      { from: 'submitted', action: 'approve', actor: 'operations', to: 'approved' },
      {
        from: 'submitted',
        action: 'reject',
        actor: 'delegationReviewer',
        ctx: { reason },
        to: 'rejected',
      },
      { from: 'submitted', action: 'reject', actor: 'operations', ctx: { reason }, to: 'rejected' },
      { from: 'rejected', action: 'edit', actor: 'liaison', to: 'draft' },
      { from: 'draft', action: 'delete', actor: 'liaison', to: null },
    ],
    [
      { from: 'rejected', action: 'submit', actor: 'liaison', code: 'notAllowedFromState' },
      { from: 'draft', action: 'submit', actor: 'operations', code: 'actorNotAllowed' },
      { from: 'draft', action: 'approve', actor: 'operations', code: 'notAllowedFromState' },
      { from: 'submitted', action: 'approve', actor: 'liaison', code: 'actorNotAllowed' },
      {
        from: 'approved',
        action: 'reject',
        actor: 'operations',
        ctx: { reason },
        code: 'notAllowedFromState',
      },
      {
        from: 'submitted',
        action: 'reject',
        actor: 'finance',
        ctx: { reason },
        code: 'actorNotAllowed',
      },
      { from: 'submitted', action: 'reject', actor: 'operations', code: 'reasonRequired' },
      { from: 'approved', action: 'edit', actor: 'liaison', code: 'notAllowedFromState' },
      { from: 'rejected', action: 'edit', actor: 'operations', code: 'actorNotAllowed' },
      { from: 'submitted', action: 'delete', actor: 'liaison', code: 'notAllowedFromState' },
      { from: 'approved', action: 'delete', actor: 'liaison', code: 'notAllowedFromState' },
      { from: 'draft', action: 'delete', actor: 'delegationReviewer', code: 'actorNotAllowed' },
    ],
  );
});
