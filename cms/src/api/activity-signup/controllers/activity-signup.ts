import { scopedCoreController } from '../../../access/scoped-controller';

// Scope, writable fields and lifecycle rules: access/resources/activity-signup.ts.
export default scopedCoreController('api::activity-signup.activity-signup');
