import { everything, ownOrganizationThrough } from '../scopes';
import { read } from './grants';
import type { ResourceAccess } from './types';

// Written by the invoice services; the buyer's confirmation is recorded on the invoice (`confirmRedLetter`, finance).
export const redLetterInvoice: ResourceAccess = {
  uid: 'api::red-letter-invoice.red-letter-invoice',
  roles: {
    liaison: {
      ...read(ownOrganizationThrough('invoice', 'order')),
      actions: ['find', 'findOne', 'pdf'],
    },
    finance: { ...read(everything), actions: ['find', 'findOne', 'pdf', 'export'] },
    operations: read(everything),
  },
};
