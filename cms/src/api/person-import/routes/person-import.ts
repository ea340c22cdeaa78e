import { factories } from '@strapi/strapi';

// The import's own record routes (GET /person-imports/:id); the liaison's routes are under
// /persons (api/person/routes/02-spreadsheet.ts) so they sort before `/persons/:id`.
export default factories.createCoreRouter('api::person-import.person-import');
