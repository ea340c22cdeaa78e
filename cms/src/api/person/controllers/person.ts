import { scopedCoreController } from '../../../access/scoped-controller';

// Scope, writable fields and lifecycle rules: access/resources.ts.
export default scopedCoreController('api::person.person');
