import { recordRouter } from '../../../access/record-router';

export default recordRouter('api::sms-message.sms-message');
