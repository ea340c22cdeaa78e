import type { Core } from '@strapi/strapi';

const UID = 'api::express-address.express-address';

/**
 * Makes one of the organization's addresses its default (设为默认): the previous default is
 * unset and this one set in one transaction, under the same per-organization lock as the
 * "at most 5" trigger, so two concurrent switches end with exactly one default.
 * The first address and the promotion after deleting the default are the database's
 * (database/constraints/004-express-address-default.sql).
 */
export async function makeDefaultAddress(
  strapi: Core.Strapi,
  organizationRef: string,
  documentId: string,
) {
  const addresses = strapi.documents(UID);
  return strapi.db.transaction(async ({ trx }) => {
    await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', [
      `express_addresses:${organizationRef}`,
    ]);
    const current = await addresses.findFirst({
      filters: { organizationRef: { $eq: organizationRef }, isDefault: true },
      fields: ['documentId'],
    });
    if (current?.documentId === documentId) {
      return addresses.findOne({ documentId });
    }
    if (current) {
      await addresses.update({
        documentId: current.documentId,
        data: { isDefault: false },
      });
    }
    const updated = await addresses.update({ documentId, data: { isDefault: true } });
    // Run the deferred "keeps a default" check now: Strapi's transaction does not report a
    // failed COMMIT (it resolves, rolled back), so a violation must surface before it.
    await trx.raw('SET CONSTRAINTS express_addresses_keep_a_default IMMEDIATE');
    return updated;
  });
}
