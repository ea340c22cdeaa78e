import { customRoute } from '../../../access/custom-route';

/** POST /express-addresses/:id/default — 设为默认 (cms/API.md). */
export default {
  routes: [
    customRoute(
      'POST',
      '/express-addresses/:id/default',
      'api::express-address.express-address.makeDefault',
    ),
  ],
};
