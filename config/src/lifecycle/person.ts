import type { Machine, TransitionContext } from './machine';
import type { OrganizationStatus } from './organization';

export const personStatuses = [
  'draft',
  'toConfirm',
  'declined',
  'pendingPayment',
  'inOrder',
  'pendingReview',
  'approved',
  'rejected',
  'inProduction',
  'issued',
] as const;
export type PersonStatus = (typeof personStatuses)[number];
export type PersonAction =
  | 'submit'
  | 'confirm'
  | 'decline'
  | 'order'
  | 'releaseOrder'
  | 'pay'
  | 'approve'
  | 'reject'
  | 'produce'
  | 'issue'
  | 'delete';

export interface PersonContext extends TransitionContext {
  /** The person's organization's `reviewStatus`. */
  organizationStatus?: OrganizationStatus;
  /** True for a person who needs no payment (badge reuse, free quota): skips the order. */
  free?: boolean;
}

// Badges can be paid only after the organization is approved, so a person leaves the
// liaison's hands only then.
function organizationApproved(ctx: PersonContext): string | null {
  return ctx.organizationStatus === 'approved' ? null : 'organizationNotApproved';
}

function free(ctx: PersonContext): string | null {
  return organizationApproved(ctx) ?? (ctx.free === true ? null : 'personNotFree');
}

function paying(ctx: PersonContext): string | null {
  return organizationApproved(ctx) ?? (ctx.free === true ? 'personIsFree' : null);
}

export const personMachine: Machine<PersonStatus, PersonAction, PersonContext> = {
  name: 'person',
  field: 'personStatus',
  states: personStatuses,
  initial: 'draft',
  creations: [
    { state: 'draft', actors: ['liaison'] },
    // A colleague registering through the organization's invitation waits for the liaison.
    { state: 'toConfirm', actors: ['colleague'] },
  ],
  // Rows sharing (state, action) are routed by `free`: the free row first, the paying row second.
  transitions: [
    { from: 'draft', action: 'submit', to: 'pendingReview', actors: ['liaison'], guard: free },
    { from: 'draft', action: 'submit', to: 'pendingPayment', actors: ['liaison'], guard: paying },
    { from: 'toConfirm', action: 'confirm', to: 'pendingReview', actors: ['liaison'], guard: free },
    {
      from: 'toConfirm',
      action: 'confirm',
      to: 'pendingPayment',
      actors: ['liaison'],
      guard: paying,
    },
    { from: 'toConfirm', action: 'decline', to: 'declined', actors: ['liaison'] },
    {
      from: 'pendingPayment',
      action: 'order',
      to: 'inOrder',
      actors: ['liaison'],
      guard: organizationApproved,
    },
    // The order was cancelled (by the liaison or operations) or expired: back to be ordered again.
    {
      from: 'inOrder',
      action: 'releaseOrder',
      to: 'pendingPayment',
      actors: ['liaison', 'operations', 'system'],
    },
    { from: 'inOrder', action: 'pay', to: 'pendingReview', actors: ['system'] },
    { from: 'pendingReview', action: 'approve', to: 'approved', actors: ['operations'] },
    {
      from: 'pendingReview',
      action: 'reject',
      to: 'rejected',
      actors: ['operations'],
      requiresReason: true,
    },
    { from: 'approved', action: 'produce', to: 'inProduction', actors: ['operations'] },
    { from: 'inProduction', action: 'issue', to: 'issued', actors: ['operations'] },
    // Nothing has been paid or reviewed yet in these states, so the liaison may remove the person.
    {
      from: ['draft', 'toConfirm', 'declined', 'pendingPayment'],
      action: 'delete',
      to: null,
      actors: ['liaison'],
    },
  ],
};
