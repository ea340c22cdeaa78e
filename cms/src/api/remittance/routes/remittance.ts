import { recordRouter } from '../../../access/record-router';

/**
 * The bank-transfer routes of finance (cms/API.md "Bank transfers"), before the core
 * routes, so `/remittances/queue` is not taken for `/remittances/:id`.
 */

export default recordRouter('api::remittance.remittance', [
  ['GET', '/remittances/queue', 'queue'],
  ['GET', '/remittances/export', 'export'],
  ['GET', '/remittances/:id/voucher', 'voucher'],
  ['POST', '/remittances/:id/decision', 'decide'],
]);
