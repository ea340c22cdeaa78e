import { factories } from '@strapi/strapi';
import { organizationQueue } from '../../../review/queue';

/**
 * Strapi's core service, plus the list of organizations in a caller's scope in one SQL
 * statement (review/queue.ts): the scoped controller's `find` asks it first.
 */
export default factories.createCoreService('api::organization.organization', ({ strapi }) => ({
  findInScope(query: Record<string, unknown>, scope: Record<string, unknown>) {
    return organizationQueue(strapi, query, scope);
  },
}));
