import { everyoneReads } from './grants';
import type { ResourceAccess } from './types';

// Reference data the registration wizard needs before anyone has an account.
export const delegation: ResourceAccess = {
  uid: 'api::delegation.delegation',
  roles: everyoneReads(),
};
