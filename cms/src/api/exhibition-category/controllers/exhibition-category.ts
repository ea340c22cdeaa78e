import { scopedCoreController } from '../../../access/scoped-controller';

// Scope, writable fields and lifecycle rules: access/resources/exhibition-category.ts.
export default scopedCoreController('api::exhibition-category.exhibition-category');
