import { scopedCoreController } from '../../../access/scoped-controller';

// Scope, writable fields and lifecycle rules: access/resources/delegation.ts.
export default scopedCoreController('api::delegation.delegation');
