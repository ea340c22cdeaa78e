import { recordRouter } from '../../../access/record-router';

export default recordRouter('api::exhibition-category.exhibition-category');
