import { everything } from '../scopes';
import { everyoneReads, manage, taxonomyFields } from './grants';
import type { ResourceAccess } from './types';

// The exhibits taxonomy, kept by operations.
export const exhibitionItem: ResourceAccess = {
  uid: 'api::exhibition-item.exhibition-item',
  roles: { ...everyoneReads(), operations: manage(everything, [...taxonomyFields, 'category']) },
};
