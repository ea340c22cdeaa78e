import { describe, expect, it } from 'vitest';
import { allowedActions } from './machine';
import { personMachine as m } from './person';
import { checkTransitions } from './test-support';

const approvedOrg = { organizationStatus: 'approved' } as const;
const freeInApprovedOrg = { organizationStatus: 'approved', free: true } as const;
const submittedOrg = { organizationStatus: 'submitted' } as const;
const reason = 'photo does not match';

describe('person lifecycle', () => {
  checkTransitions(
    m,
    [
      { from: 'draft', action: 'submit', actor: 'liaison', ctx: approvedOrg, to: 'pendingPayment' },
      {
        from: 'draft',
        action: 'submit',
        actor: 'liaison',
        ctx: freeInApprovedOrg,
        to: 'pendingReview',
      },
      {
        from: 'toConfirm',
        action: 'confirm',
        actor: 'liaison',
        ctx: approvedOrg,
        to: 'pendingPayment',
      },
      {
        from: 'toConfirm',
        action: 'confirm',
        actor: 'liaison',
        ctx: freeInApprovedOrg,
        to: 'pendingReview',
      },
      { from: 'toConfirm', action: 'decline', actor: 'liaison', to: 'declined' },
      {
        from: 'pendingPayment',
        action: 'order',
        actor: 'liaison',
        ctx: approvedOrg,
        to: 'inOrder',
      },
      { from: 'inOrder', action: 'releaseOrder', actor: 'liaison', to: 'pendingPayment' },
      { from: 'inOrder', action: 'releaseOrder', actor: 'operations', to: 'pendingPayment' },
      { from: 'inOrder', action: 'releaseOrder', actor: 'system', to: 'pendingPayment' },
      { from: 'inOrder', action: 'pay', actor: 'system', to: 'pendingReview' },
      { from: 'pendingReview', action: 'approve', actor: 'operations', to: 'approved' },
      {
        from: 'pendingReview',
        action: 'reject',
        actor: 'operations',
        ctx: { reason },
        to: 'rejected',
      },
      { from: 'approved', action: 'produce', actor: 'operations', to: 'inProduction' },
      { from: 'inProduction', action: 'issue', actor: 'operations', to: 'issued' },
      { from: 'draft', action: 'delete', actor: 'liaison', to: null },
      { from: 'toConfirm', action: 'delete', actor: 'liaison', to: null },
      { from: 'declined', action: 'delete', actor: 'liaison', to: null },
      { from: 'pendingPayment', action: 'delete', actor: 'liaison', to: null },
    ],
    [
      {
        from: 'draft',
        action: 'submit',
        actor: 'liaison',
        ctx: submittedOrg,
        code: 'organizationNotApproved',
      },
      { from: 'draft', action: 'submit', actor: 'liaison', code: 'organizationNotApproved' },
      {
        from: 'pendingPayment',
        action: 'submit',
        actor: 'liaison',
        ctx: approvedOrg,
        code: 'notAllowedFromState',
      },
      {
        from: 'draft',
        action: 'submit',
        actor: 'colleague',
        ctx: approvedOrg,
        code: 'actorNotAllowed',
      },
      {
        from: 'toConfirm',
        action: 'confirm',
        actor: 'liaison',
        ctx: submittedOrg,
        code: 'organizationNotApproved',
      },
      {
        from: 'draft',
        action: 'confirm',
        actor: 'liaison',
        ctx: approvedOrg,
        code: 'notAllowedFromState',
      },
      {
        from: 'toConfirm',
        action: 'confirm',
        actor: 'colleague',
        ctx: approvedOrg,
        code: 'actorNotAllowed',
      },
      { from: 'declined', action: 'decline', actor: 'liaison', code: 'notAllowedFromState' },
      { from: 'toConfirm', action: 'decline', actor: 'colleague', code: 'actorNotAllowed' },
      {
        from: 'pendingPayment',
        action: 'order',
        actor: 'liaison',
        ctx: submittedOrg,
        code: 'organizationNotApproved',
      },
      {
        from: 'pendingReview',
        action: 'order',
        actor: 'liaison',
        ctx: approvedOrg,
        code: 'notAllowedFromState',
      },
      {
        from: 'pendingPayment',
        action: 'order',
        actor: 'colleague',
        ctx: approvedOrg,
        code: 'actorNotAllowed',
      },
      {
        from: 'pendingPayment',
        action: 'releaseOrder',
        actor: 'system',
        code: 'notAllowedFromState',
      },
      { from: 'inOrder', action: 'releaseOrder', actor: 'finance', code: 'actorNotAllowed' },
      { from: 'pendingPayment', action: 'pay', actor: 'system', code: 'notAllowedFromState' },
      { from: 'inOrder', action: 'pay', actor: 'liaison', code: 'actorNotAllowed' },
      { from: 'inOrder', action: 'approve', actor: 'operations', code: 'notAllowedFromState' },
      {
        from: 'pendingReview',
        action: 'approve',
        actor: 'delegationReviewer',
        code: 'actorNotAllowed',
      },
      {
        from: 'approved',
        action: 'reject',
        actor: 'operations',
        ctx: { reason },
        code: 'notAllowedFromState',
      },
      {
        from: 'pendingReview',
        action: 'reject',
        actor: 'liaison',
        ctx: { reason },
        code: 'actorNotAllowed',
      },
      { from: 'pendingReview', action: 'reject', actor: 'operations', code: 'reasonRequired' },
      {
        from: 'pendingReview',
        action: 'produce',
        actor: 'operations',
        code: 'notAllowedFromState',
      },
      { from: 'approved', action: 'produce', actor: 'liaison', code: 'actorNotAllowed' },
      { from: 'approved', action: 'issue', actor: 'operations', code: 'notAllowedFromState' },
      { from: 'inProduction', action: 'issue', actor: 'system', code: 'actorNotAllowed' },
      { from: 'inOrder', action: 'delete', actor: 'liaison', code: 'notAllowedFromState' },
      { from: 'pendingReview', action: 'delete', actor: 'liaison', code: 'notAllowedFromState' },
      { from: 'draft', action: 'delete', actor: 'colleague', code: 'actorNotAllowed' },
    ],
  );

  it('offers the liaison confirm, decline and delete for a colleague awaiting confirmation', () => {
    expect(allowedActions(m, 'toConfirm', 'liaison', approvedOrg)).toEqual([
      'confirm',
      'decline',
      'delete',
    ]);
  });

  it('offers only delete for a draft while the organization is not approved', () => {
    expect(allowedActions(m, 'draft', 'liaison', submittedOrg)).toEqual(['delete']);
  });
});
