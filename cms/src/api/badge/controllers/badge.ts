import { scopedCoreController } from '../../../access/scoped-controller';

// Scope, writable fields and lifecycle rules: access/resources/badge.ts.
export default scopedCoreController('api::badge.badge');
