import { organizationDraftFields } from '@pvis/config';
import { delegationSubtree, everything, theOrganizationItself } from '../scopes';
import { read, reviewDesk, withViewing } from './grants';
import type { ResourceAccess } from './types';

// Organizations: registration and review have their own endpoints (lifecycle service).
export const organization: ResourceAccess = {
  uid: 'api::organization.organization',
  lifecycle: {
    machine: 'organization',
    field: 'reviewStatus',
    editableStates: ['draft', 'rejected'],
  },
  roles: {
    liaison: {
      actions: [
        'find',
        'findOne',
        'update',
        'transition',
        'licence',
        'viewLicence',
        'consent',
        'personalData',
      ],
      scope: theOrganizationItself,
      writable: [...organizationDraftFields, 'delegation'],
    },
    // The licence is read by those who review the organization, not by finance.
    'delegation-reviewer': withViewing(reviewDesk(delegationSubtree), 'viewLicence'),
    finance: read(everything),
    operations: withViewing(reviewDesk(everything), 'viewLicence'),
  },
};
