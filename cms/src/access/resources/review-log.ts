import { everything } from '../scopes';
import { read } from './grants';
import type { ResourceAccess } from './types';

// Audit and messaging: operations only; reviewers and liaisons see history through record endpoints.
export const reviewLog: ResourceAccess = {
  uid: 'api::review-log.review-log',
  roles: { operations: read(everything) },
};
