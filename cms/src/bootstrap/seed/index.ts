import type { Core } from '@strapi/strapi';
import { seedContent } from './content';
import { seedDelegations } from './delegations';
import { seedEditions } from './editions';
import { seedPreviousEdition } from './previous-edition';
import { seedDemoAccounts, seedDemoAdmins } from './seed-accounts';
import { seedTaxonomy } from './taxonomy';

/**
 * Demo data on an empty database (no edition yet): editions, delegations, taxonomy, content,
 * the previous edition's organizations, and one account per role. Never touches a database
 * that already has an edition.
 */
export async function seedDemoData(strapi: Core.Strapi) {
  const existing = await strapi.documents('api::edition.edition').count({});
  if (existing > 0) return;
  const started = Date.now();
  await strapi.db.transaction(async () => {
    await seedEditions(strapi);
    await seedDelegations(strapi);
    await seedTaxonomy(strapi);
    await seedContent(strapi);
    await seedPreviousEdition(strapi);
    await seedDemoAccounts(strapi);
  });
  // Outside the transaction: Strapi's admin user service emits events that query after it returns.
  await seedDemoAdmins(strapi);
  strapi.log.info(`demo data seeded in ${Date.now() - started} ms`);
}
