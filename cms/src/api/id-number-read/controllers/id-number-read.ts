import { scopedCoreController } from '../../../access/scoped-controller';

// Read by operations only, written only by the server (id-numbers/whole-reads.ts): access/resources/id-number-read.ts.
export default scopedCoreController('api::id-number-read.id-number-read');
