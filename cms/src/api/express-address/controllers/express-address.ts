import type { Context } from 'koa';
import { scopedCoreController } from '../../../access/scoped-controller';
import { makeDefaultAddress } from '../../../express-address/default';

// Scope, writable fields and validation: access/resources.ts. The default: express-address/.
export default scopedCoreController(
  'api::express-address.express-address',
  ({ strapi, inScope }) => ({
    /** POST /express-addresses/:id/default — this address becomes the organization's default. */
    async makeDefault(ctx: Context) {
      const { caller } = await inScope(ctx, 'makeDefault');
      const updated = await makeDefaultAddress(
        strapi,
        String(caller.organizationRef),
        String(ctx.params.id),
      );
      ctx.body = { data: updated };
    },
  }),
);
