import { scopedCoreController } from '../../../access/scoped-controller';

// Scope, writable fields and lifecycle rules: access/resources/points-entry.ts.
export default scopedCoreController('api::points-entry.points-entry');
