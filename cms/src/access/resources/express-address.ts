import { everything, ownOrganization } from '../scopes';
import { manage, read } from './grants';
import type { ResourceAccess } from './types';

// Delivery addresses of an organization's badges; the default is set by its own action (and the database keeps one).
export const expressAddress: ResourceAccess = {
  uid: 'api::express-address.express-address',
  ownedByOrganization: true,
  roles: {
    liaison: {
      ...manage(ownOrganization, [
        'provinceCode',
        'cityCode',
        'districtCode',
        'street',
        'recipient',
        'mobile',
        'postcode',
      ]),
      actions: ['find', 'findOne', 'create', 'update', 'delete', 'makeDefault'],
    },
    operations: read(everything),
  },
};
