import { recordRouter } from '../../../access/record-router';

export default recordRouter('api::badge-order-line.badge-order-line');
