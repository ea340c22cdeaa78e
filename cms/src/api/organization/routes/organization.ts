import { customRoute } from '../../../access/custom-route';
import { recordRouter } from '../../../access/record-router';

/**
 * The organization's own routes (cms/API.md), before the core routes (access/record-router.ts),
 * so `/organizations/export` and `/organizations/stats` are not taken for `/organizations/:id`.
 */
const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::organization.organization.${action}`);

export default recordRouter('api::organization.organization', [
  route('POST', '/organizations/bulk-transitions', 'bulkTransition'),
  route('GET', '/organizations/export', 'export'),
  route('GET', '/organizations/stats', 'stats'),
  route('POST', '/organizations/:id/licence', 'licence'),
  route('GET', '/organizations/:id/licence', 'viewLicence'),
  route('POST', '/organizations/:id/consent', 'consent'),
  route('GET', '/organizations/:id/personal-data', 'personalData'),
]);
