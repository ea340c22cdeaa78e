import { factories } from '@strapi/strapi';
import { scopedList } from '../../../access/scoped-list';

/**
 * Strapi's core service, plus the list of organizations in a caller's scope in one SQL
 * statement (access/scoped-list.ts): the scoped controller's `find` asks it first.
 */
export default factories.createCoreService('api::organization.organization', ({ strapi }) => ({
  findInScope(query: Record<string, unknown>, scope: Record<string, unknown>) {
    return scopedList(strapi, 'api::organization.organization', query, scope, {
      name: 'delegation',
      uid: 'api::delegation.delegation',
    });
  },
}));
