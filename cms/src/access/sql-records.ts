import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { outputColumns } from './scoped-list';
import { fromDatabase, tableOf } from './sql-filters';

/**
 * Records of one content type read with plain SQL and shaped as Strapi's REST output (the
 * attribute names, ISO dates, parsed JSON), for hot record reads such as the order detail that
 * answers every 提交办证 (docs/architecture.md). `fields` narrows the attributes (id and documentId always).
 */
export async function selectRecords(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  where: Record<string, unknown>,
  fields?: readonly string[],
): Promise<Record<string, unknown>[]> {
  const { table } = tableOf(strapi, uid);
  const knex: Knex = strapi.db.connection;
  const rows: Record<string, unknown>[] = await knex(table)
    .where(where)
    .orderBy('id')
    .select(columnsOf(strapi, uid, fields).map(([, c]) => c.column));
  return toRecords(strapi, uid, rows, fields);
}

function columnsOf(strapi: Core.Strapi, uid: UID.ContentType, fields?: readonly string[]) {
  const wanted = fields && new Set(['id', 'documentId', ...fields]);
  return outputColumns(strapi, uid).filter(([name]) => !wanted || wanted.has(name));
}

/**
 * Rows keyed by column (as read, or as just written) shaped as Strapi's REST output; a column
 * the row does not carry is null.
 */
export function toRecords(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  rows: readonly Record<string, unknown>[],
  fields?: readonly string[],
): Record<string, unknown>[] {
  const columns = columnsOf(strapi, uid, fields);
  return rows.map((row) =>
    Object.fromEntries(
      columns.map(([name, c]) => [name, fromDatabase(c.type, row[c.column] ?? null)]),
    ),
  );
}
