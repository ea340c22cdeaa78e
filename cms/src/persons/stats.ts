import type { Core } from '@strapi/strapi';
import type { Filters } from '../access/scopes';
import { scopeWhere } from '../db/scope';

/**
 * Persons by status within the caller's scope from the access table (the persons the list
 * shows), for one edition. One grouped query (the list's counts must not page through 500,000
 * rows).
 */
export async function personStats(strapi: Core.Strapi, scope: Filters, editionNumber: number) {
  const rows = (await strapi.db
    .connection('persons as p')
    .where('p.edition_number', editionNumber)
    .modify(scopeWhere(strapi, 'api::person.person', scope, 'p'))
    .groupBy('p.person_status')
    .select('p.person_status as status')
    .count('* as count')) as unknown as { status: string; count: string }[];
  const byStatus = Object.fromEntries(rows.map((r) => [r.status, Number(r.count)]));
  const total = rows.reduce((sum, r) => sum + Number(r.count), 0);
  return { editionNumber, total, byStatus };
}
