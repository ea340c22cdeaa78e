import type { Core } from '@strapi/strapi';
import type { Caller } from '../access/caller';

/**
 * Persons by status in the caller's view — own organization, delegation subtree, or all —
 * for one edition. One grouped query (the list's counts must not page through 500,000 rows).
 */
export async function personStats(strapi: Core.Strapi, caller: Caller, editionNumber: number) {
  const knex = strapi.db.connection;
  const query = knex('persons as p')
    .where('p.edition_number', editionNumber)
    .groupBy('p.person_status')
    .select('p.person_status as status')
    .count('* as count');
  if (caller.role === 'liaison') query.andWhere('p.organization_ref', caller.organizationRef ?? '');
  else if (caller.role === 'delegation-reviewer') {
    query
      .join('organizations as o', 'o.document_id', 'p.organization_ref')
      .andWhere('o.delegation_path', 'like', `${caller.delegationPath ?? '\u0000'}%`);
  }
  const rows = (await query) as unknown as { status: string; count: string }[];
  const byStatus = Object.fromEntries(rows.map((r) => [r.status, Number(r.count)]));
  const total = rows.reduce((sum, r) => sum + Number(r.count), 0);
  return { editionNumber, total, byStatus };
}
