import { scopedCoreController } from '../../../access/scoped-controller';

// Scope, writable fields and lifecycle rules: access/resources/investment-project.ts.
export default scopedCoreController('api::investment-project.investment-project');
