import { scopedCoreController } from '../../../access/scoped-controller';

// Scope, writable fields and lifecycle rules: access/resources/invitation.ts.
export default scopedCoreController('api::invitation.invitation');
