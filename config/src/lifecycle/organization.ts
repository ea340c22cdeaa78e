import type { Actor, OrganizationCategory } from '../vocabularies';
import { reviewModeOf } from '../vocabularies';
import type { Machine, TransitionContext } from './machine';

export const organizationStatuses = ['draft', 'submitted', 'approved', 'rejected'] as const;
export type OrganizationStatus = (typeof organizationStatuses)[number];
export type OrganizationAction = 'submit' | 'autoApprove' | 'approve' | 'reject' | 'edit';

export interface OrganizationContext extends TransitionContext {
  category?: OrganizationCategory;
}

function autoReviewed(ctx: OrganizationContext): string | null {
  return ctx.category && reviewModeOf(ctx.category) === 'auto' ? null : 'categoryNotAutoReviewed';
}

// Operations may decide any organization; a delegation only reviews the categories the review mode
// gives to it (the auto-approved ones never wait for a delegation).
function reviewableBy(ctx: OrganizationContext, actor: Actor): string | null {
  if (actor !== 'delegationReviewer') return null;
  return ctx.category && reviewModeOf(ctx.category) === 'delegation'
    ? null
    : 'categoryNotDelegationReviewed';
}

export const organizationMachine: Machine<
  OrganizationStatus,
  OrganizationAction,
  OrganizationContext
> = {
  name: 'organization',
  field: 'reviewStatus',
  states: organizationStatuses,
  initial: 'draft',
  creations: [{ state: 'draft', actors: ['liaison'] }],
  transitions: [
    { from: ['draft', 'rejected'], action: 'submit', to: 'submitted', actors: ['liaison'] },
    {
      from: 'submitted',
      action: 'autoApprove',
      to: 'approved',
      actors: ['system'],
      guard: autoReviewed,
    },
    {
      from: 'submitted',
      action: 'approve',
      to: 'approved',
      actors: ['delegationReviewer', 'operations'],
      guard: reviewableBy,
    },
    {
      from: 'submitted',
      action: 'reject',
      to: 'rejected',
      actors: ['delegationReviewer', 'operations'],
      requiresReason: true,
      guard: reviewableBy,
    },
    // A rejected organization goes back to draft to be corrected, then is submitted again.
    { from: 'rejected', action: 'edit', to: 'draft', actors: ['liaison'] },
  ],
};
