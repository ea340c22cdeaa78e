import { everything } from '../scopes';
import { everyoneReads, manage, taxonomyFields } from './grants';
import type { ResourceAccess } from './types';

// The exhibits taxonomy, kept by operations.
export const exhibitionCategory: ResourceAccess = {
  uid: 'api::exhibition-category.exhibition-category',
  roles: { ...everyoneReads(), operations: manage(everything, [...taxonomyFields, 'area']) },
};
