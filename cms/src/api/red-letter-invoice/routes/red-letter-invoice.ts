import { customRoute } from '../../../access/custom-route';
import { recordRouter } from '../../../access/record-router';

/** Red-letter invoices' own routes (cms/API.md "Invoices"), before the core router. */
const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::red-letter-invoice.red-letter-invoice.${action}`);

export default recordRouter('api::red-letter-invoice.red-letter-invoice', [
  route('GET', '/red-letter-invoices/export', 'export'),
  route('GET', '/red-letter-invoices/:id/pdf', 'pdf'),
]);
