import { everything } from '../scopes';
import { read } from './grants';
import type { ResourceAccess } from './types';

// Who read whole ID numbers, and the bulk-reading alerts: written by the server only.
export const idNumberAlert: ResourceAccess = {
  uid: 'api::id-number-alert.id-number-alert',
  roles: { operations: read(everything) },
};
