import { recordRouter } from '../../../access/record-router';

// The import's own record routes (GET /person-imports/:id); the liaison's routes are under
// /persons (api/person/routes/person.ts), before `/persons/:id`.
export default recordRouter('api::person-import.person-import');
