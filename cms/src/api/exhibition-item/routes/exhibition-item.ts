import { recordRouter } from '../../../access/record-router';

export default recordRouter('api::exhibition-item.exhibition-item');
