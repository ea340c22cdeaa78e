import { customRoute } from '../../../access/custom-route';
import { type OwnRoute, recordRouter } from '../../../access/record-router';

const route = (method: string, path: string, action: string) =>
  customRoute(method, path, `api::person.person.${action}`);

const IMPORT = 'api::person-import.person-import';
/** The import routes run the person-import controller, so their permission is named after it. */
const importRoute = (method: string, path: string, action: string): OwnRoute => ({
  ...customRoute(method, path, `${IMPORT}.${action}`),
  config: { policies: [], auth: { scope: [`${IMPORT}.${action}`] } },
});

/**
 * The person's own routes (cms/API.md): ID photo, badge reuse, previous-edition persons and
 * bring-forward, batch delete and decisions, counts, the spreadsheet export and imports. Before
 * the core routes (access/record-router.ts), so `/persons/stats` is not taken for `/persons/:id`.
 */
export default recordRouter('api::person.person', [
  route('GET', '/persons/previous', 'previous'),
  route('POST', '/persons/bring-forward', 'bringForward'),
  route('POST', '/persons/bulk-delete', 'bulkDelete'),
  // The liaison confirms or declines many colleagues at once; operations decides many persons.
  route('POST', '/persons/bulk-transitions', 'bulkTransition'),
  route('GET', '/persons/stats', 'stats'),
  route('GET', '/persons/export', 'export'),
  importRoute('GET', '/persons/import-template', 'template'),
  importRoute('POST', '/persons/imports', 'upload'),
  importRoute('GET', '/persons/imports/:id', 'findOne'),
  route('POST', '/persons/:id/photo', 'photo'),
  route('GET', '/persons/:id/photo', 'viewPhoto'),
  route('POST', '/persons/:id/reuse', 'reuse'),
]);
