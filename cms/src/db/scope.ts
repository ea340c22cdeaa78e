import type { Core, UID } from '@strapi/strapi';
import type { Filters } from '../access/scopes';
import { compileFilters, type RelationFilter, tableOf, type Where } from '../access/sql-filters';
import { linkTable, targetOf } from './names';

/**
 * A caller's scope from the access table (Strapi's filter syntax) as the WHERE of hand-written
 * SQL, so statistics and exports read exactly the records the list shows. A relation in the
 * scope (`organization.delegationPath`) becomes EXISTS through its link table, Strapi's "any
 * related record matches". A scope the compiler does not cover is refused, never widened: the
 * route then fails rather than count or export records the caller may not see.
 */
export function scopeWhere(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  scope: Filters,
  alias: string,
): Where {
  const where = compileScope(strapi, uid, scope, alias, 0);
  if (!where) throw new Error(`db: the scope on ${uid} does not compile to SQL`);
  return where;
}

function compileScope(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  filters: unknown,
  alias: string,
  depth: number,
): Where | null {
  const relationOf: RelationFilter = (attribute) => {
    const attr = strapi.db.metadata.get(uid).attributes[attribute] as { type?: string };
    if (attr?.type !== 'relation') return undefined;
    const link = linkTable(uid, attribute);
    const target = targetOf(uid, attribute) as UID.ContentType;
    const [through, related] = [`l${depth}`, `r${depth}`];
    return (inner) => {
      const where = compileScope(strapi, target, inner, related, depth + 1);
      if (!where) return null;
      return (query) =>
        query.whereExists((exists) =>
          exists
            .select(1)
            .from(`${link.table} as ${through}`)
            .join(
              `${tableOf(strapi, target).table} as ${related}`,
              `${related}.id`,
              `${through}.${link.targetColumn}`,
            )
            .whereRaw('?? = ??', [`${through}.${link.ownerColumn}`, `${alias}.id`])
            .modify(where),
        );
    };
  };
  return compileFilters(tableOf(strapi, uid).columns, alias, filters, relationOf);
}
