/**
 * The person spreadsheet routes (cms/API.md). In the person API's folder, sorting before its core
 * router, so `/persons/export` and `/persons/imports/…` are not taken for `/persons/:id`. The
 * import routes run the person-import controller, so their permission is named after it.
 */
const route = (method: string, path: string, handler: string) => ({
  method,
  path,
  handler,
  config: { policies: [] as string[], auth: { scope: [handler] } },
});

const IMPORT = 'api::person-import.person-import';

export default {
  routes: [
    route('GET', '/persons/export', 'api::person.person.export'),
    route('GET', '/persons/import-template', `${IMPORT}.template`),
    route('POST', '/persons/imports', `${IMPORT}.upload`),
    route('GET', '/persons/imports/:id', `${IMPORT}.findOne`),
  ],
};
