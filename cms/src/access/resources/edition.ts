import { everything } from '../scopes';
import { everyoneReads } from './grants';
import type { ResourceAccess } from './types';

// Reference data the registration wizard needs before anyone has an account.
export const edition: ResourceAccess = {
  uid: 'api::edition.edition',
  roles: {
    ...everyoneReads(),
    operations: {
      actions: ['find', 'findOne', 'create', 'update'],
      scope: everything,
      writable: [
        'number',
        'nameZh',
        'nameEn',
        'startsOn',
        'endsOn',
        'registrationOpensAt',
        'registrationClosesAt',
        'recommendedDeadline',
        'entryDateOptions',
        'badgeTypes',
        'reuseOpen',
        'reuseQuotaPerOrganization',
        'current',
        'serviceHotline',
        'privacyPolicyVersion',
      ],
    },
  },
};
