import { scopedCoreController } from '../../../access/scoped-controller';

// Read by operations only, written only by the server (id-numbers/whole-reads.ts): access/resources/id-number-alert.ts.
export default scopedCoreController('api::id-number-alert.id-number-alert');
