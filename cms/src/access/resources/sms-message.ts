import { everything } from '../scopes';
import { read } from './grants';
import type { ResourceAccess } from './types';

// Audit and messaging: operations only; reviewers and liaisons see history through record endpoints.
export const smsMessage: ResourceAccess = {
  uid: 'api::sms-message.sms-message',
  roles: { operations: read(everything) },
};
