import { customRoute } from '../../../access/custom-route';
import { recordRouter } from '../../../access/record-router';

/**
 * The invoice's own routes (cms/API.md "Invoices"), before the core routes
 * (access/record-router.ts), so `/invoices/export` is not taken for `/invoices/:id`.
 */
const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::invoice.invoice.${action}`);

export default recordRouter('api::invoice.invoice', [
  route('GET', '/invoices/export', 'export'),
  route('GET', '/invoices/:id/pdf', 'pdf'),
  route('POST', '/invoices/:id/buyer-deducted', 'markDeducted'),
]);
