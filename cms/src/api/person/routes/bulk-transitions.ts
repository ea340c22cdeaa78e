import { customRoute } from '../../../access/custom-route';

/** The liaison confirms or declines many colleagues at once (access/resources/person.ts: bulkTransition). */
export default {
  routes: [customRoute('POST', '/persons/bulk-transitions', 'api::person.person.bulkTransition')],
};
