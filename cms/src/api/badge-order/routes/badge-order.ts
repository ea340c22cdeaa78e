import { recordRouter } from '../../../access/record-router';

/**
 * The order's own routes (cms/API.md "Badge orders"); creating, the record route and the list
 * are the core routes, whose handlers the controller replaces.
 */

export default recordRouter('api::badge-order.badge-order', [
  ['POST', '/badge-orders/:id/payments', 'pay'],
  // Bank transfer (src/transfers/): the liaison's panel and remittance.
  ['GET', '/badge-orders/:id/transfer', 'transfer'],
  ['POST', '/badge-orders/:id/remittances', 'remit'],
]);
