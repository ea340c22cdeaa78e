import { customRoute } from '../../../access/custom-route';
import { recordRouter } from '../../../access/record-router';

/**
 * The bank-transfer routes of finance (cms/API.md "Bank transfers"), before the core
 * routes, so `/remittances/queue` is not taken for `/remittances/:id`.
 */
const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::remittance.remittance.${action}`);

export default recordRouter('api::remittance.remittance', [
  route('GET', '/remittances/queue', 'queue'),
  route('GET', '/remittances/export', 'export'),
  route('GET', '/remittances/:id/voucher', 'voucher'),
  route('POST', '/remittances/:id/decision', 'decide'),
]);
