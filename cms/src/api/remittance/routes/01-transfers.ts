import { customRoute } from '../../../access/custom-route';

/**
 * The bank-transfer routes of finance (cms/API.md "Bank transfers"). The file name sorts before
 * the core router, so `/remittances/queue` is not taken for `/remittances/:id`.
 */
const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::remittance.remittance.${action}`);

export default {
  routes: [
    route('GET', '/remittances/queue', 'queue'),
    route('GET', '/remittances/export', 'export'),
    route('GET', '/remittances/:id/voucher', 'voucher'),
    route('POST', '/remittances/:id/decision', 'decide'),
  ],
};
