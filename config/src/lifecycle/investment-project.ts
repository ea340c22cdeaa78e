import type { Machine, TransitionContext } from './machine';

export const investmentProjectStatuses = ['draft', 'submitted', 'approved', 'rejected'] as const;
export type InvestmentProjectStatus = (typeof investmentProjectStatuses)[number];
export type InvestmentProjectAction = 'submit' | 'approve' | 'reject' | 'edit' | 'delete';

export type InvestmentProjectContext = TransitionContext;

export const investmentProjectMachine: Machine<
  InvestmentProjectStatus,
  InvestmentProjectAction,
  InvestmentProjectContext
> = {
  name: 'investmentProject',
  field: 'projectStatus',
  states: investmentProjectStatuses,
  initial: 'draft',
  creations: [{ state: 'draft', actors: ['liaison'] }],
  transitions: [
    { from: 'draft', action: 'submit', to: 'submitted', actors: ['liaison'] },
    {
      from: 'submitted',
      action: 'approve',
      to: 'approved',
      actors: ['delegationReviewer', 'operations'],
    },
    {
      from: 'submitted',
      action: 'reject',
      to: 'rejected',
      actors: ['delegationReviewer', 'operations'],
      requiresReason: true,
    },
    { from: 'rejected', action: 'edit', to: 'draft', actors: ['liaison'] },
    // Only drafts may be deleted; submitted items belong to the review record.
    { from: 'draft', action: 'delete', to: null, actors: ['liaison'] },
  ],
};
