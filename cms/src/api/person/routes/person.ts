import { recordRouter } from '../../../access/record-router';

/**
 * The person's own routes (cms/API.md): ID photo, badge reuse, previous-edition persons and
 * bring-forward, batch delete and decisions, counts, the spreadsheet export and imports. Before
 * the core routes (access/record-router.ts), so `/persons/stats` is not taken for `/persons/:id`.
 */
export default recordRouter('api::person.person', [
  ['GET', '/persons/previous', 'previous'],
  ['POST', '/persons/bring-forward', 'bringForward'],
  ['POST', '/persons/bulk-delete', 'bulkDelete'],
  // The liaison confirms or declines many colleagues at once; operations decides many persons.
  ['POST', '/persons/bulk-transitions', 'bulkTransition'],
  ['GET', '/persons/stats', 'stats'],
  ['GET', '/persons/export', 'export'],
  // The spreadsheet imports run the person-import controller, under the liaison's /persons.
  ['GET', '/persons/import-template', 'api::person-import.person-import.template'],
  ['POST', '/persons/imports', 'api::person-import.person-import.upload'],
  ['GET', '/persons/imports/:id', 'api::person-import.person-import.findOne'],
  ['POST', '/persons/:id/photo', 'photo'],
  ['GET', '/persons/:id/photo', 'viewPhoto'],
  ['POST', '/persons/:id/reuse', 'reuse'],
]);
