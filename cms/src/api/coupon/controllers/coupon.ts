import { scopedCoreController } from '../../../access/scoped-controller';

// Scope, writable fields and lifecycle rules: access/resources/coupon.ts.
export default scopedCoreController('api::coupon.coupon');
