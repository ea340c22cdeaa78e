import { customRoute } from '../../../access/custom-route';
import { recordRouter } from '../../../access/record-router';

/**
 * The refund's own routes (cms/API.md "Refunds"); before the core routes, so `/refunds/export`
 * is not taken for a record id.
 */
const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::refund.refund.${action}`);

export default recordRouter('api::refund.refund', [
  route('GET', '/refunds/export', 'export'),
  route('POST', '/refunds/:id/bank-refund', 'bankRefund'),
]);
