import type { UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { linkTable } from './names';

/** One relation row: the owner's numeric id and the target's. */
export interface Link {
  owner: number;
  target: number;
}

/**
 * The link rows of a relation, as the document service writes them for a record it creates
 * (owner and target; the order columns stay empty, as they do for a relation set on create).
 */
export function insertLinks(
  trx: Knex.Transaction,
  uid: UID.ContentType,
  relation: string,
  links: readonly Link[],
) {
  if (links.length === 0) return Promise.resolve();
  const { table, ownerColumn, targetColumn } = linkTable(uid, relation);
  return trx(table).insert(
    links.map((link) => ({ [ownerColumn]: link.owner, [targetColumn]: link.target })),
  );
}

/**
 * A link table and its owner and target columns, as identifier bindings for `?? (??, ??)`: for
 * link rows written in one SQL statement (data-modifying CTEs) with the records they link.
 */
export function linkIdentifiers(
  uid: UID.ContentType | 'plugin::users-permissions.user',
  relation: string,
): [string, string, string] {
  const { table, ownerColumn, targetColumn } = linkTable(uid, relation);
  return [table, ownerColumn, targetColumn];
}

/**
 * A link table under an alias, for joins: `from` is `<table> as <alias>`, `owner` and `target`
 * are its two columns as `<alias>.<column>`.
 */
export function aliasedLink(
  uid: UID.ContentType | 'plugin::users-permissions.user',
  relation: string,
  alias: string,
) {
  const { table, ownerColumn, targetColumn } = linkTable(uid, relation);
  return {
    from: `${table} as ${alias}`,
    owner: `${alias}.${ownerColumn}`,
    target: `${alias}.${targetColumn}`,
  };
}
