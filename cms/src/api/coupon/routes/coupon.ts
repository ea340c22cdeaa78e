import { recordRouter } from '../../../access/record-router';

export default recordRouter('api::coupon.coupon');
