import { customRoute } from '../../../access/custom-route';

/**
 * The organization's own routes (cms/API.md). The file name sorts before the core router, so
 * `/organizations/export` and `/organizations/stats` are not taken for `/organizations/:id`.
 */
const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::organization.organization.${action}`);

export default {
  routes: [
    route('POST', '/organizations/bulk-transitions', 'bulkTransition'),
    route('GET', '/organizations/export', 'export'),
    route('GET', '/organizations/stats', 'stats'),
    route('POST', '/organizations/:id/licence', 'licence'),
    route('GET', '/organizations/:id/licence', 'viewLicence'),
    route('POST', '/organizations/:id/consent', 'consent'),
    route('GET', '/organizations/:id/personal-data', 'personalData'),
  ],
};
