import { recordRouter } from '../../../access/record-router';

/**
 * The refund's own routes (cms/API.md "Refunds"); before the core routes, so `/refunds/export`
 * is not taken for a record id.
 */

export default recordRouter('api::refund.refund', [
  ['GET', '/refunds/export', 'export'],
  ['POST', '/refunds/:id/bank-refund', 'bankRefund'],
]);
