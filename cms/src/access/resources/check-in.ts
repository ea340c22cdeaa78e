import { everything } from '../scopes';
import { read } from './grants';
import type { ResourceAccess } from './types';

// Invitations, points, badges, attendance: read by their organization and operations.
export const checkIn: ResourceAccess = {
  uid: 'api::check-in.check-in',
  roles: { operations: read(everything) },
};
