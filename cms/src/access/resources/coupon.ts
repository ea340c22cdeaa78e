import { everything, ownOrganization } from '../scopes';
import { read } from './grants';
import type { ResourceAccess } from './types';

// Invitations, points, badges, attendance: read by their organization and operations.
export const coupon: ResourceAccess = {
  uid: 'api::coupon.coupon',
  roles: { liaison: read(ownOrganization), operations: read(everything) },
};
