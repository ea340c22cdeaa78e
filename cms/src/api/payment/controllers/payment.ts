import { scopedCoreController } from '../../../access/scoped-controller';

// Scope, writable fields and lifecycle rules: access/resources/payment.ts.
export default scopedCoreController('api::payment.payment');
