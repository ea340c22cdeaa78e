import { recordRouter } from '../../../access/record-router';

export default recordRouter('api::id-number-read.id-number-read');
