import type { Context } from 'koa';
import type { RecordHooks } from '../../../access/record-hooks';
import { scopedCoreController } from '../../../access/scoped-controller';
import { makeDefaultAddress } from '../../../express-address/default';
import { divisionNamesOf, validateExpressAddressFields } from '../../../express-address/fields';

/** Names follow the division codes. */
const expressAddressRecord: RecordHooks = {
  validate: validateExpressAddressFields,
  derive: divisionNamesOf,
};

// Scope, writable fields and validation: access/resources/express-address.ts. The default: express-address/.
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
  expressAddressRecord,
);
