import { everyoneReads } from './grants';
import type { ResourceAccess } from './types';

// Editorial content: published versions only (Draft & Publish), readable by all.
export const guide: ResourceAccess = {
  uid: 'api::guide.guide',
  roles: everyoneReads(),
};
