import { recordRouter } from '../../../access/record-router';

/**
 * The invoice's own routes (cms/API.md "Invoices"), before the core routes
 * (access/record-router.ts), so `/invoices/export` is not taken for `/invoices/:id`.
 */

export default recordRouter('api::invoice.invoice', [
  ['GET', '/invoices/export', 'export'],
  ['GET', '/invoices/:id/pdf', 'pdf'],
  ['POST', '/invoices/:id/buyer-deducted', 'markDeducted'],
]);
