import { scopedCoreController } from '../../../access/scoped-controller';

// Scope, writable fields and lifecycle rules: access/resources/edition.ts.
export default scopedCoreController('api::edition.edition');
