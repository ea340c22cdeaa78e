import { everything, ownOrganizationThrough } from '../scopes';
import { read } from './grants';
import type { ResourceAccess } from './types';

// Money: written only by the order, payment, invoice and refund services.
export const payment: ResourceAccess = {
  uid: 'api::payment.payment',
  roles: {
    liaison: read(ownOrganizationThrough('order')),
    finance: read(everything),
    operations: read(everything),
  },
};
