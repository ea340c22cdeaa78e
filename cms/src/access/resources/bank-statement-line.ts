import { everything } from '../scopes';
import type { ResourceAccess } from './types';

// The receiving account's statement (银行流水): finance imports and matches it.
export const bankStatementLine: ResourceAccess = {
  uid: 'api::bank-statement-line.bank-statement-line',
  roles: {
    finance: {
      actions: ['find', 'findOne', 'import', 'export', 'candidates', 'match'],
      scope: everything,
    },
  },
};
