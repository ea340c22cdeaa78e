import { recordRouter } from '../../../access/record-router';

/** POST /express-addresses/:id/default — 设为默认 (cms/API.md). */
export default recordRouter('api::express-address.express-address', [
  ['POST', '/express-addresses/:id/default', 'makeDefault'],
]);
