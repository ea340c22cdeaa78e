import { recordRouter } from '../../../access/record-router';

/** Red-letter invoices' own routes (cms/API.md "Invoices"), before the core router. */

export default recordRouter('api::red-letter-invoice.red-letter-invoice', [
  ['GET', '/red-letter-invoices/export', 'export'],
  ['GET', '/red-letter-invoices/:id/pdf', 'pdf'],
]);
