import type { Knex } from 'knex';

/** Per table: its row count, with `@<latest updated_at>` where rows have one. */
export type TableCounts = Record<string, string>;

/**
 * Strapi's own tables, and the throttles, which count refused attempts on purpose (a wrong
 * join token answers 410 and is counted, so guessing tokens is slowed down).
 */
const NOT_BUSINESS = /^(strapi_|admin_|i18n_|up_permissions|up_roles|rate_limits$)/;

/** The row counts (and latest updates) of every business table in `public`, in one statement. */
export async function businessTables(knex: Knex) {
  const { rows } = (await knex.raw(
    `select table_name,
       exists (select 1 from information_schema.columns c where c.table_schema = 'public'
         and c.table_name = t.table_name and c.column_name = 'document_id') as has_document_id,
       exists (select 1 from information_schema.columns c where c.table_schema = 'public'
         and c.table_name = t.table_name and c.column_name = 'updated_at') as has_updated_at
     from information_schema.tables t
     where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  )) as { rows: { table_name: string; has_document_id: boolean; has_updated_at: boolean }[] };
  const tables = rows.filter((r) => !NOT_BUSINESS.test(r.table_name));
  // The row count, and the latest update where rows carry one: an insert, a delete or an
  // update in place all change it.
  const countSql = `select ${tables
    .map((t, i) =>
      t.has_updated_at
        ? `(select count(*) || '@' || coalesce(max(updated_at)::text, '') from "${t.table_name}") as c${i}`
        : `(select count(*)::text from "${t.table_name}") as c${i}`,
    )
    .join(', ')}`;

  return {
    names: tables.map((t) => t.table_name),
    async counts(): Promise<TableCounts> {
      const {
        rows: [row],
      } = (await knex.raw(countSql)) as { rows: Record<string, string>[] };
      return Object.fromEntries(tables.map((t, i) => [t.table_name, row[`c${i}`]]));
    },
    changed(before: TableCounts, after: TableCounts) {
      return Object.keys(after)
        .filter((name) => before[name] !== after[name])
        .map((name) => `${name} ${before[name]} → ${after[name]}`);
    },
    /** Up to `perTable` document ids of each table that has them. */
    async documentIds(perTable: number) {
      const ids: string[] = [];
      for (const t of tables.filter((t) => t.has_document_id)) {
        const found = (await knex(t.table_name)
          .distinct('document_id')
          .whereNotNull('document_id')
          .limit(perTable)) as { document_id: string }[];
        ids.push(...found.map((r) => r.document_id));
      }
      return ids;
    },
  };
}
