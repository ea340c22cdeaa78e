import { recordRouter } from '../../../access/record-router';

export default recordRouter('api::id-number-alert.id-number-alert');
