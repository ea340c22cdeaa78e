import { recordRouter } from '../../../access/record-router';

export default recordRouter('api::guide.guide');
