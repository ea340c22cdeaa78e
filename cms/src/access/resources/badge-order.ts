import { everything, ownOrganization } from '../scopes';
import { read } from './grants';
import type { ResourceAccess } from './types';

// Money: written only by the order, payment, invoice and refund services. Orders are placed, cancelled and paid by the order services (src/orders/); expiry is the system's.
export const badgeOrder: ResourceAccess = {
  uid: 'api::badge-order.badge-order',
  lifecycle: { machine: 'badgeOrder', field: 'orderStatus', editableStates: [] },
  roles: {
    liaison: {
      actions: ['find', 'findOne', 'create', 'transition', 'pay', 'transfer', 'remit'],
      scope: ownOrganization,
    },
    finance: read(everything),
    operations: { actions: ['find', 'findOne', 'transition'], scope: everything },
  },
};
