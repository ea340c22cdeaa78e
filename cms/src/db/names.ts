import type { UID } from '@strapi/strapi';

/**
 * The names hand-written SQL uses for Strapi's tables, read from Strapi's own metadata
 * (`strapi.db.metadata`) rather than spelled out: a link table or column that a Strapi release
 * names differently is then followed, not missed. Strapi's global instance is read because the
 * SQL helpers run inside transactions that carry no `strapi` (Strapi sets it before any of them
 * runs).
 */

export type Uid = UID.ContentType | 'plugin::users-permissions.user';

interface MetaAttribute {
  type: string;
  columnName?: string;
  target?: string;
  joinTable?: {
    name: string;
    joinColumn: { name: string };
    inverseJoinColumn: { name: string };
    orderColumnName?: string;
    inverseOrderColumnName?: string;
  };
}

/** A relation's link table: the owner's id column, the target's, and the order columns it has. */
export interface LinkTable {
  table: string;
  ownerColumn: string;
  targetColumn: string;
  /** The position of the target among the owner's targets (to-many relations). */
  orderColumn?: string;
  /** The position of the owner among the target's owners (the other side is to-many). */
  inverseOrderColumn?: string;
}

const modelOf = (uid: Uid) => {
  const model = strapi.db.metadata.get(uid as UID.ContentType);
  if (!model) throw new Error(`db: Strapi has no model ${uid}`);
  return model;
};

const attributeOf = (uid: Uid, attribute: string) => {
  const found = modelOf(uid).attributes[attribute] as unknown as MetaAttribute | undefined;
  if (!found) throw new Error(`db: ${uid} has no attribute ${attribute}`);
  return found;
};

/** The table of a content type. */
export const tableName = (uid: Uid): string => modelOf(uid).tableName;

/** The column of a content type's scalar attribute. */
export function columnName(uid: Uid, attribute: string): string {
  const column = attributeOf(uid, attribute).columnName;
  if (!column) throw new Error(`db: ${uid}.${attribute} has no column`);
  return column;
}

/** The link table of a content type's relation. */
export function linkTable(uid: Uid, relation: string): LinkTable {
  const joinTable = attributeOf(uid, relation).joinTable;
  if (!joinTable) throw new Error(`db: ${uid}.${relation} has no link table`);
  return {
    table: joinTable.name,
    ownerColumn: joinTable.joinColumn.name,
    targetColumn: joinTable.inverseJoinColumn.name,
    orderColumn: joinTable.orderColumnName,
    inverseOrderColumn: joinTable.inverseOrderColumnName,
  };
}

/** The content type a relation points to. */
export function targetOf(uid: Uid, relation: string): Uid {
  const target = attributeOf(uid, relation).target;
  if (!target) throw new Error(`db: ${uid}.${relation} is not a relation`);
  return target as Uid;
}
