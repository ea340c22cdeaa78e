import { everything, ownOrganizationThrough } from '../scopes';
import { read } from './grants';
import type { ResourceAccess } from './types';

// Money: written only by the order, payment, invoice and refund services.
export const badgeOrderLine: ResourceAccess = {
  uid: 'api::badge-order-line.badge-order-line',
  roles: {
    liaison: read(ownOrganizationThrough('order')),
    finance: read(everything),
    operations: read(everything),
  },
};
