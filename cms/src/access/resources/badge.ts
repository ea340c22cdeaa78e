import { everything, ownOrganizationThrough } from '../scopes';
import { read } from './grants';
import type { ResourceAccess } from './types';

// Invitations, points, badges, attendance: read by their organization and operations.
export const badge: ResourceAccess = {
  uid: 'api::badge.badge',
  roles: { liaison: read(ownOrganizationThrough('person')), operations: read(everything) },
};
