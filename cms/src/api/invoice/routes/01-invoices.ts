import { customRoute } from '../../../access/custom-route';
import { transitionRoutes } from '../../../access/transition-routes';

/**
 * The invoice's own routes (cms/API.md "Invoices"). The file name sorts before the core router,
 * so `/invoices/export` is not taken for `/invoices/:id`.
 */
const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::invoice.invoice.${action}`);

export default {
  routes: [
    route('GET', '/invoices/export', 'export'),
    route('GET', '/invoices/:id/pdf', 'pdf'),
    route('POST', '/invoices/:id/buyer-deducted', 'markDeducted'),
    ...transitionRoutes('api::invoice.invoice', 'invoices').routes,
  ],
};
