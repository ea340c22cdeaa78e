import { scopedCoreController } from '../../../access/scoped-controller';

// Scope, writable fields and lifecycle rules: access/resources/check-in.ts.
export default scopedCoreController('api::check-in.check-in');
