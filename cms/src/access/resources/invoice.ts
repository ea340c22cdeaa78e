import { everything, ownOrganizationThrough } from '../scopes';
import { read } from './grants';
import type { ResourceAccess } from './types';

// Requested by the liaison, decided by finance (src/invoices/); issued invoices are immutable.
export const invoice: ResourceAccess = {
  uid: 'api::invoice.invoice',
  lifecycle: { machine: 'invoice', field: 'invoiceStatus', editableStates: [] },
  roles: {
    liaison: {
      actions: ['find', 'findOne', 'create', 'pdf'],
      scope: ownOrganizationThrough('order'),
    },
    finance: {
      actions: ['find', 'findOne', 'transition', 'markDeducted', 'pdf', 'export'],
      scope: everything,
    },
    operations: read(everything),
  },
};
