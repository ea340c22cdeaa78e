import { scopedCoreController } from '../../../access/scoped-controller';

// Scope, writable fields and lifecycle rules: access/resources/exhibition-item.ts.
export default scopedCoreController('api::exhibition-item.exhibition-item');
