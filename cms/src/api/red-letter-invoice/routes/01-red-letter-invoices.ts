import { customRoute } from '../../../access/custom-route';

/** Red-letter invoices' own routes (cms/API.md "Invoices"), before the core router. */
const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::red-letter-invoice.red-letter-invoice.${action}`);

export default {
  routes: [
    route('GET', '/red-letter-invoices/export', 'export'),
    route('GET', '/red-letter-invoices/:id/pdf', 'pdf'),
  ],
};
