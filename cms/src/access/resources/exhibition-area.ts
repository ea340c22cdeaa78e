import { everything } from '../scopes';
import { everyoneReads, manage, taxonomyFields } from './grants';
import type { ResourceAccess } from './types';

// The exhibits taxonomy, kept by operations.
export const exhibitionArea: ResourceAccess = {
  uid: 'api::exhibition-area.exhibition-area',
  roles: { ...everyoneReads(), operations: manage(everything, taxonomyFields) },
};
