import { customRoute } from '../../../access/custom-route';
import { recordRouter } from '../../../access/record-router';

/**
 * The order's own routes (cms/API.md "Badge orders"); creating, the record route and the list
 * are the core routes, whose handlers the controller replaces.
 */
const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::badge-order.badge-order.${action}`);

export default recordRouter('api::badge-order.badge-order', [
  route('POST', '/badge-orders/:id/payments', 'pay'),
  // Bank transfer (src/transfers/): the liaison's panel and remittance.
  route('GET', '/badge-orders/:id/transfer', 'transfer'),
  route('POST', '/badge-orders/:id/remittances', 'remit'),
]);
