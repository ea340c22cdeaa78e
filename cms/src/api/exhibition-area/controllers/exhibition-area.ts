import { scopedCoreController } from '../../../access/scoped-controller';

// Scope, writable fields and lifecycle rules: access/resources/exhibition-area.ts.
export default scopedCoreController('api::exhibition-area.exhibition-area');
