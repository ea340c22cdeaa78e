import { recordRouter } from '../../../access/record-router';

export default recordRouter('api::points-entry.points-entry');
