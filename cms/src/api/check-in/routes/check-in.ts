import { recordRouter } from '../../../access/record-router';

export default recordRouter('api::check-in.check-in');
