import { scopedCoreController } from '../../../access/scoped-controller';

// Scope, writable fields and lifecycle rules: access/resources/review-log.ts.
export default scopedCoreController('api::review-log.review-log');
