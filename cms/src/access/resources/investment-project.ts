import { delegationSubtree, everything, ownOrganization, published } from '../scopes';
import { manage, read, review, withTransitions } from './grants';
import type { ResourceAccess } from './types';

// Investment projects an organization offers; the public sees the approved ones.
export const investmentProject: ResourceAccess = {
  uid: 'api::investment-project.investment-project',
  ownedByOrganization: true,
  lifecycle: {
    machine: 'investmentProject',
    field: 'projectStatus',
    editableStates: ['draft', 'rejected'],
  },
  roles: {
    public: read(published('projectStatus', 'approved')),
    liaison: withTransitions(
      manage(ownOrganization, [
        'name',
        'projectType',
        'description',
        'region',
        'industry',
        'contactName',
        'contactPhone',
        'contactEmail',
        // Not `attachments`: with no upload route of its own, it could only link files the
        // liaison does not own (another organization's licence, an ID photo), whose bytes would
        // then outlive their record's deletion and retention.
      ]),
    ),
    'delegation-reviewer': review(delegationSubtree),
    operations: review(everything),
  },
};
