import { ownOrganization } from '../scopes';
import { read } from './grants';
import type { ResourceAccess } from './types';

// Spreadsheet imports: started by POST /persons/imports (custom-actions.ts), read by their owner.
export const personImport: ResourceAccess = {
  uid: 'api::person-import.person-import',
  ownedByOrganization: true,
  roles: { liaison: read(ownOrganization) },
};
