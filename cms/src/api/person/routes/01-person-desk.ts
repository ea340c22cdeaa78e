import { customRoute } from '../../../access/custom-route';

/**
 * The person's own routes (cms/API.md). The file name sorts before the core router, so
 * `/persons/previous` and `/persons/stats` are not taken for `/persons/:id`.
 */
const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::person.person.${action}`);

export default {
  routes: [
    route('GET', '/persons/previous', 'previous'),
    route('POST', '/persons/bring-forward', 'bringForward'),
    route('POST', '/persons/bulk-delete', 'bulkDelete'),
    route('GET', '/persons/stats', 'stats'),
    route('POST', '/persons/:id/photo', 'photo'),
    route('GET', '/persons/:id/photo', 'viewPhoto'),
    route('POST', '/persons/:id/reuse', 'reuse'),
  ],
};
