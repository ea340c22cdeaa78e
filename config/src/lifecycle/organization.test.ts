import { describe } from 'vitest';
import { organizationMachine as m } from './organization';
import { checkTransitions } from './test-support';

const auto = { category: 'domesticEnterprise' } as const;
const delegated = { category: 'domesticSocialOrganization' } as const;
const reason = 'licence unreadable';

describe('organization lifecycle', () => {
  checkTransitions(
    m,
    [
      { from: 'draft', action: 'submit', actor: 'liaison', to: 'submitted' },
      { from: 'rejected', action: 'submit', actor: 'liaison', to: 'submitted' },
      { from: 'submitted', action: 'autoApprove', actor: 'system', ctx: auto, to: 'approved' },
      {
        from: 'submitted',
        action: 'autoApprove',
        actor: 'system',
        ctx: { category: 'overseasEnterprise' },
        to: 'approved',
      },
      {
        from: 'submitted',
        action: 'autoApprove',
        actor: 'system',
        ctx: { category: 'domesticPublicInstitution' },
        to: 'approved',
      },
      {
        from: 'submitted',
        action: 'approve',
        actor: 'delegationReviewer',
        ctx: delegated,
        to: 'approved',
      },
      {
        from: 'submitted',
        action: 'approve',
        actor: 'delegationReviewer',
        ctx: { category: 'overseasOther' },
        to: 'approved',
      },
      { from: 'submitted', action: 'approve', actor: 'operations', ctx: auto, to: 'approved' },
      {
        from: 'submitted',
        action: 'reject',
        actor: 'delegationReviewer',
        ctx: { ...delegated, reason },
        to: 'rejected',
      },
      {
        from: 'submitted',
        action: 'reject',
        actor: 'operations',
        ctx: { ...auto, reason },
        to: 'rejected',
      },
      { from: 'rejected', action: 'edit', actor: 'liaison', to: 'draft' },
    ],
    [
      { from: 'approved', action: 'submit', actor: 'liaison', code: 'notAllowedFromState' },
      { from: 'submitted', action: 'submit', actor: 'liaison', code: 'notAllowedFromState' },
      { from: 'draft', action: 'submit', actor: 'operations', code: 'actorNotAllowed' },
      {
        from: 'submitted',
        action: 'autoApprove',
        actor: 'system',
        ctx: delegated,
        code: 'categoryNotAutoReviewed',
      },
      {
        from: 'submitted',
        action: 'autoApprove',
        actor: 'system',
        code: 'categoryNotAutoReviewed',
      },
      {
        from: 'draft',
        action: 'autoApprove',
        actor: 'system',
        ctx: auto,
        code: 'notAllowedFromState',
      },
      {
        from: 'submitted',
        action: 'autoApprove',
        actor: 'operations',
        ctx: auto,
        code: 'actorNotAllowed',
      },
      { from: 'draft', action: 'approve', actor: 'operations', code: 'notAllowedFromState' },
      {
        from: 'submitted',
        action: 'approve',
        actor: 'liaison',
        ctx: delegated,
        code: 'actorNotAllowed',
      },
      {
        from: 'submitted',
        action: 'approve',
        actor: 'delegationReviewer',
        ctx: auto,
        code: 'categoryNotDelegationReviewed',
      },
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
      {
        from: 'submitted',
        action: 'reject',
        actor: 'delegationReviewer',
        ctx: delegated,
        code: 'reasonRequired',
      },
      {
        from: 'submitted',
        action: 'reject',
        actor: 'delegationReviewer',
        ctx: { ...auto, reason },
        code: 'categoryNotDelegationReviewed',
      },
      { from: 'submitted', action: 'edit', actor: 'liaison', code: 'notAllowedFromState' },
      { from: 'rejected', action: 'edit', actor: 'delegationReviewer', code: 'actorNotAllowed' },
    ],
  );
});
