import { recordRouter } from '../../../access/record-router';

export default recordRouter('api::review-log.review-log');
