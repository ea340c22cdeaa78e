import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { linkTable } from '../db/names';
import { compileFilters, compileSort, fromDatabase, OUTPUT_TYPES, tableOf } from './sql-filters';

/**
 * A scoped list as ONE SQL statement: the page (with one to-one relation joined when asked for)
 * and the total, behind a service's `findInScope` (docs/architecture.md). Written for the organization
 * list (the delegation review queue), used for persons too. Through Strapi's pipeline the same request was two transactions (page, count)
 * plus query validation and output sanitising over every row, a hundred times the SQL's own
 * time at CIIE scale (the review-queue benchmark; figures in docs/performance.md). It answers exactly the generic list's JSON (a test compares
 * them) for the queries the portal sends — filters on the record's own fields, sort, page,
 * `populate[delegation][fields]` — and returns null for anything else, which the generic path
 * then serves.
 */

/** The relation a list may populate (`populate[<name>][fields]=…`): its attribute and type. */
export interface ListRelation {
  name: string;
  uid: UID.ContentType;
}

const QUERY_KEYS = new Set(['filters', 'sort', 'pagination', 'populate']);

export interface QueuePage {
  results: Record<string, unknown>[];
  pagination: { page: number; pageSize: number; pageCount: number; total: number };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Attributes the list answers: every scalar one Strapi outputs (no relations, no private). */
export function outputColumns(strapi: Core.Strapi, uid: UID.ContentType) {
  const attributes = strapi.getModel(uid).attributes as Record<string, { private?: boolean }>;
  const columns: [string, { column: string; type: string }][] = [];
  for (const [name, attribute] of Object.entries(strapi.db.metadata.get(uid).attributes)) {
    const { columnName, type } = attribute as { columnName?: string; type: string };
    if (!columnName || type === 'relation' || type === 'password') continue;
    const declared = name === 'id' || name === 'documentId' || attributes[name] !== undefined;
    if (declared && !attributes[name]?.private) columns.push([name, { column: columnName, type }]);
  }
  return columns;
}

/**
 * `pagination[page]` / `[pageSize]` as Strapi reads them (defaults and maximum from config/api);
 * null when the parameter is not that. Custom lists page the same way, so one list adapter serves all.
 */
export function pageOf(strapi: Core.Strapi, pagination: unknown) {
  if (pagination === undefined) pagination = {};
  if (!isRecord(pagination)) return null;
  const keys = Object.keys(pagination);
  if (keys.some((k) => k !== 'page' && k !== 'pageSize')) return null;
  const int = (value: unknown, fallback: number) =>
    value === undefined ? fallback : /^[1-9]\d{0,6}$/.test(String(value)) ? Number(value) : null;
  const defaultLimit = Number(strapi.config.get('api.rest.defaultLimit', 25));
  const maxLimit = Number(strapi.config.get('api.rest.maxLimit')) || Number.POSITIVE_INFINITY;
  const page = int(pagination.page, 1);
  const size = int(pagination.pageSize, defaultLimit);
  if (page === null || size === null) return null;
  return { page, pageSize: Math.min(size, maxLimit) };
}

/** `populate[<relation>][fields]=…`: the relation's own fields, or null when not that. */
function relationFieldsOf(strapi: Core.Strapi, populate: unknown, relation?: ListRelation) {
  if (populate === undefined) return [];
  if (!relation || !isRecord(populate) || Object.keys(populate).join() !== relation.name)
    return null;
  const wanted = populate[relation.name];
  if (!isRecord(wanted) || Object.keys(wanted).join() !== 'fields') return null;
  const fields = Array.isArray(wanted.fields) ? wanted.fields : [wanted.fields];
  const known = new Map(outputColumns(strapi, relation.uid));
  if (!fields.every((f): f is string => typeof f === 'string' && known.has(f))) return null;
  // Strapi always answers a populated relation's id and documentId.
  return [...new Set(['id', 'documentId', ...fields])].map((f) => [f, known.get(f)!] as const);
}

/** The page and total of the scoped, filtered, sorted list; null when the query is not covered. */
export async function scopedList(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  query: Record<string, unknown>,
  scope: Record<string, unknown>,
  relation?: ListRelation,
): Promise<QueuePage | null> {
  if (Object.keys(query).some((key) => !QUERY_KEYS.has(key))) return null;
  const { table, columns } = tableOf(strapi, uid);
  const inScope = compileFilters(columns, 'o', scope);
  const filtered = compileFilters(columns, 'o', query.filters);
  const order = compileSort(columns, 'o', query.sort);
  const paging = pageOf(strapi, query.pagination);
  const relationFields = relationFieldsOf(strapi, query.populate, relation);
  if (!inScope || !filtered || !order || !paging || !relationFields) return null;

  const knex = strapi.db.connection;
  const where = (q: Knex.QueryBuilder) => {
    inScope(q);
    filtered(q);
  };
  const own = outputColumns(strapi, uid);
  if (![...own, ...relationFields].every(([, c]) => OUTPUT_TYPES.has(c.type))) return null;
  const count = knex(`${table} as o`).count({ total: '*' }).modify(where);
  const page = knex(`${table} as o`)
    .select(own.map(([name, c]) => `o.${c.column} as ${name}`))
    .modify(where)
    .orderBy(order)
    .limit(paging.pageSize)
    .offset((paging.page - 1) * paging.pageSize);
  if (relation && relationFields.length > 0) {
    const link = linkTable(uid, relation.name);
    page
      .leftJoin(`${link.table} as dl`, `dl.${link.ownerColumn}`, 'o.id')
      .leftJoin(`${tableOf(strapi, relation.uid).table} as d`, 'd.id', `dl.${link.targetColumn}`)
      .select(relationFields.map(([f, c]) => `d.${c.column} as related__${f}`));
  }
  // The count and the page in one round trip; a page past the end still brings the total.
  const { rows } = (await knex.raw(
    'select c.total, p.* from (?) as c left join lateral (?) as p on true',
    [count, page],
  )) as { rows: Record<string, unknown>[] };
  const total = Number(rows[0]?.total ?? 0);
  const results = rows
    .filter((row) => row.id !== null && row.id !== undefined)
    .map((row) => {
      const record: Record<string, unknown> = {};
      for (const [name, c] of own) record[name] = fromDatabase(c.type, row[name]);
      if (relation && relationFields.length > 0) {
        const id = row.related__id;
        record[relation.name] =
          id === null || id === undefined
            ? null
            : Object.fromEntries(
                relationFields.map(([f, c]) => [f, fromDatabase(c.type, row[`related__${f}`])]),
              );
      }
      return record;
    });
  return {
    results,
    pagination: {
      page: paging.page,
      pageSize: paging.pageSize,
      pageCount: Math.ceil(total / paging.pageSize),
      total,
    },
  };
}
