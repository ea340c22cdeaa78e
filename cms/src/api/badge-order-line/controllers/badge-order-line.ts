import { scopedCoreController } from '../../../access/scoped-controller';

// Scope, writable fields and lifecycle rules: access/resources/badge-order-line.ts.
export default scopedCoreController('api::badge-order-line.badge-order-line');
