import { scopedCoreController } from '../../../access/scoped-controller';

// Scope, writable fields and lifecycle rules: access/resources/sms-message.ts.
export default scopedCoreController('api::sms-message.sms-message');
