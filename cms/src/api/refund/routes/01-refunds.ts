import { customRoute } from '../../../access/custom-route';

/**
 * The refund's own routes (cms/API.md "Refunds"); before the core router, so `/refunds/export`
 * is not taken for a record id.
 */
const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::refund.refund.${action}`);

export default {
  routes: [
    route('GET', '/refunds/export', 'export'),
    route('POST', '/refunds/:id/transitions', 'transition'),
    route('GET', '/refunds/:id/history', 'history'),
    route('POST', '/refunds/:id/bank-refund', 'bankRefund'),
  ],
};
