import { personDetailFields } from '@pvis/config';
import { everything, ownOrganization, ownPerson, personsOfDelegationSubtree } from '../scopes';
import { manage, read, review, withViewing } from './grants';
import type { ResourceAccess } from './types';

// Persons of an organization: registered by its liaison or through the colleague link.
export const person: ResourceAccess = {
  uid: 'api::person.person',
  ownedByOrganization: true,
  lifecycle: {
    machine: 'person',
    field: 'personStatus',
    editableStates: ['draft', 'toConfirm', 'pendingPayment'],
  },
  roles: {
    liaison: {
      actions: [
        ...manage(ownOrganization, []).actions,
        'transition',
        // Confirming or declining colleagues who registered through the link, many at once.
        'bulkTransition',
        'photo',
        'viewPhoto',
        'reuse',
        'previous',
        'bringForward',
        'bulkDelete',
        'stats',
        'export',
      ],
      scope: ownOrganization,
      writable: personDetailFields,
    },
    colleague: withViewing(read(ownPerson), 'viewPhoto'),
    'delegation-reviewer': {
      ...read(personsOfDelegationSubtree),
      actions: ['find', 'findOne', 'stats'],
    },
    finance: read(everything),
    operations: {
      ...review(everything),
      // bulkTransition: 人员审核 approves or rejects many persons at once.
      actions: [
        'find',
        'findOne',
        'transition',
        'bulkTransition',
        'stats',
        'export',
        // 人员审核 compares the photo with the person.
        'viewPhoto',
      ],
    },
  },
};
