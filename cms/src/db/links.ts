import type { Knex } from 'knex';
import { type LinkTable, linkTable, tableName, targetOf, type Uid } from './names';

/**
 * Every relation whose link rows hand-written SQL reads or writes, as `<record>.<relation>`:
 * the one list the names test (cms/tests/sql-names.test.ts) checks against Strapi's metadata
 * and the database.
 */
export const RELATIONS = {
  'badge-order.organization': ['api::badge-order.badge-order', 'organization'],
  'badge-order.expressAddress': ['api::badge-order.badge-order', 'expressAddress'],
  'badge-order-line.order': ['api::badge-order-line.badge-order-line', 'order'],
  'badge-order-line.person': ['api::badge-order-line.badge-order-line', 'person'],
  'invoice.order': ['api::invoice.invoice', 'order'],
  'payment.order': ['api::payment.payment', 'order'],
  'person.organization': ['api::person.person', 'organization'],
  'red-letter-invoice.invoice': ['api::red-letter-invoice.red-letter-invoice', 'invoice'],
  'refund.order': ['api::refund.refund', 'order'],
  'refund.payment': ['api::refund.refund', 'payment'],
  'refund.person': ['api::refund.refund', 'person'],
  'remittance.payment': ['api::remittance.remittance', 'payment'],
  'review-log.actor': ['api::review-log.review-log', 'actor'],
  'user.delegation': ['plugin::users-permissions.user', 'delegation'],
  'user.organization': ['plugin::users-permissions.user', 'organization'],
  'user.person': ['plugin::users-permissions.user', 'person'],
} as const satisfies Record<string, readonly [Uid, string]>;
export type Relation = keyof typeof RELATIONS;

/** The link table of one of the relations above, with the table of the records it points to. */
export function linkOf(relation: Relation): LinkTable & { targetTable: string } {
  const [uid, attribute] = RELATIONS[relation];
  return { ...linkTable(uid, attribute), targetTable: tableName(targetOf(uid, attribute)) };
}

/** One relation row: the owner's numeric id and the target's. */
export interface Link {
  owner: number;
  target: number;
}

/**
 * The link rows of a relation, as the document service writes them for a record it creates
 * (owner and target; the order columns stay empty, as they do for a relation set on create).
 */
export function insertLinks(trx: Knex.Transaction, relation: Relation, links: readonly Link[]) {
  if (links.length === 0) return Promise.resolve();
  const { table, ownerColumn, targetColumn } = linkOf(relation);
  return trx(table).insert(
    links.map((link) => ({ [ownerColumn]: link.owner, [targetColumn]: link.target })),
  );
}

/**
 * A link table and its owner and target columns, as identifier bindings for `?? (??, ??)`: for
 * link rows written in one SQL statement (data-modifying CTEs) with the records they link.
 */
export function linkIdentifiers(relation: Relation): [string, string, string] {
  const { table, ownerColumn, targetColumn } = linkOf(relation);
  return [table, ownerColumn, targetColumn];
}

/**
 * A link table under an alias, for joins: `from` is `<table> as <alias>`, `owner` and `target`
 * are its two columns as `<alias>.<column>`.
 */
export function aliasedLink(relation: Relation, alias: string) {
  const { table, ownerColumn, targetColumn } = linkOf(relation);
  return {
    from: `${table} as ${alias}`,
    owner: `${alias}.${ownerColumn}`,
    target: `${alias}.${targetColumn}`,
  };
}
