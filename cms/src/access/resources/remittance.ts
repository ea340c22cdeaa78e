import { everything, ownOrganization } from '../scopes';
import type { ResourceAccess } from './types';

// Money: written only by the order, payment, invoice and refund services. A bank transfer's remittance: sent by the liaison, decided by finance.
export const remittance: ResourceAccess = {
  uid: 'api::remittance.remittance',
  roles: {
    liaison: { actions: ['find', 'findOne', 'voucher'], scope: ownOrganization },
    finance: {
      actions: ['find', 'findOne', 'voucher', 'queue', 'export', 'decide'],
      scope: everything,
    },
  },
};
