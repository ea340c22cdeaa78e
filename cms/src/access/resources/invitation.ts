import { everything, ownOrganization } from '../scopes';
import { read } from './grants';
import type { ResourceAccess } from './types';

// Invitations, points, badges, attendance: read by their organization and operations.
export const invitation: ResourceAccess = {
  uid: 'api::invitation.invitation',
  roles: { liaison: read(ownOrganization), operations: read(everything) },
};
