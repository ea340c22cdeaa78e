import { factories } from '@strapi/strapi';
import { scopedList } from '../../../access/scoped-list';

/**
 * Strapi's core service, plus the person list in a caller's scope in one SQL statement
 * (access/scoped-list.ts): a liaison's 2,000 persons or operations' 500,000 (scripts/bench).
 */
export default factories.createCoreService('api::person.person', ({ strapi }) => ({
  findInScope(query: Record<string, unknown>, scope: Record<string, unknown>) {
    return scopedList(strapi, 'api::person.person', query, scope);
  },
}));
