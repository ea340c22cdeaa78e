import { everything, ownOrganization } from '../scopes';
import { read } from './grants';
import type { ResourceAccess } from './types';

// Raised by the review rejection (or finance by hand), processed by src/refunds/.
export const refund: ResourceAccess = {
  uid: 'api::refund.refund',
  lifecycle: { machine: 'refund', field: 'refundStatus', editableStates: [] },
  roles: {
    liaison: read(ownOrganization),
    finance: {
      actions: ['find', 'findOne', 'create', 'transition', 'bankRefund', 'export'],
      scope: everything,
    },
    operations: read(everything),
  },
};
