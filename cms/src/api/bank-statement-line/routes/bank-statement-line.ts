import { customRoute } from '../../../access/custom-route';
import { recordRouter } from '../../../access/record-router';

/**
 * Bank statement import and matching (cms/API.md "Bank transfers"). Before the core routes,
 * so `/bank-statement-lines/export` is not taken for `/bank-statement-lines/:id`.
 */
const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::bank-statement-line.bank-statement-line.${action}`);

export default recordRouter('api::bank-statement-line.bank-statement-line', [
  route('POST', '/bank-statement-lines/import', 'import'),
  route('GET', '/bank-statement-lines/export', 'export'),
  route('GET', '/bank-statement-lines/:id/candidates', 'candidates'),
  route('POST', '/bank-statement-lines/:id/match', 'match'),
]);
