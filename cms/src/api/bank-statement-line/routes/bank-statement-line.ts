import { recordRouter } from '../../../access/record-router';

/**
 * Bank statement import and matching (cms/API.md "Bank transfers"). Before the core routes,
 * so `/bank-statement-lines/export` is not taken for `/bank-statement-lines/:id`.
 */

export default recordRouter('api::bank-statement-line.bank-statement-line', [
  ['POST', '/bank-statement-lines/import', 'import'],
  ['GET', '/bank-statement-lines/export', 'export'],
  ['GET', '/bank-statement-lines/:id/candidates', 'candidates'],
  ['POST', '/bank-statement-lines/:id/match', 'match'],
]);
