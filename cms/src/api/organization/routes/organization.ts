import { recordRouter } from '../../../access/record-router';

/**
 * The organization's own routes (cms/API.md), before the core routes (access/record-router.ts),
 * so `/organizations/export` and `/organizations/stats` are not taken for `/organizations/:id`.
 */

export default recordRouter('api::organization.organization', [
  ['POST', '/organizations/bulk-transitions', 'bulkTransition'],
  ['GET', '/organizations/export', 'export'],
  ['GET', '/organizations/stats', 'stats'],
  ['POST', '/organizations/:id/licence', 'licence'],
  ['GET', '/organizations/:id/licence', 'viewLicence'],
  ['POST', '/organizations/:id/consent', 'consent'],
  ['GET', '/organizations/:id/personal-data', 'personalData'],
]);
