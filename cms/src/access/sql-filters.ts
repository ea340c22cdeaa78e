import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';

/**
 * Strapi's filter and sort syntax compiled to SQL on one content type's own table, for the hot
 * read paths that skip the document service (docs/architecture.md). It covers the scalar attributes and
 * the operators the portal and the scope rules use, with Strapi's own semantics (its LIKE
 * escaping, `LOWER(CAST(… AS VARCHAR))` for the case-insensitive ones, values cast by type, `id`
 * appended to every sort); relations when the caller passes their compiler (db/scope.ts).
 * Anything else — other relations, `$not`, JSON, an operator or value it does not know —
 * compiles to `null`, and the caller takes the document service, which answers it (or refuses
 * it with its 400) as before.
 */

export type Where = (query: Knex.QueryBuilder) => void;
export interface ScalarColumn {
  column: string;
  type: string;
}
export type Columns = ReadonlyMap<string, ScalarColumn>;
export type Order = { column: string; order: 'asc' | 'desc' }[];
/**
 * A relation's filter compiler, when the caller covers relations (db/scope.ts): given the
 * filters on the related record, its WHERE on the record, or null when not covered.
 */
export type RelationFilter = (
  attribute: string,
) => ((filters: unknown) => Where | null) | undefined;

const TEXT = new Set(['string', 'text', 'richtext', 'enumeration', 'uid', 'email']);
const INTEGER = new Set(['integer', 'biginteger', 'increments']);
const KNOWN = new Set([...TEXT, ...INTEGER, 'datetime', 'boolean']);

const byUid = new Map<string, { table: string; columns: Columns }>();

/** The table and the filterable scalar columns (attribute name → column) of a content type. */
export function tableOf(strapi: Core.Strapi, uid: UID.ContentType) {
  const known = byUid.get(uid);
  if (known) return known;
  const meta = strapi.db.metadata.get(uid);
  const columns = new Map<string, ScalarColumn>();
  for (const [name, attribute] of Object.entries(meta.attributes)) {
    const { columnName, type } = attribute as { columnName?: string; type: string };
    if (columnName && KNOWN.has(type)) columns.set(name, { column: columnName, type });
  }
  const table = { table: meta.tableName, columns };
  byUid.set(uid, table);
  return table;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const INVALID = Symbol('invalid');

/** A value as Strapi's field types cast it for the database, or INVALID when unsure. */
function cast(type: string, value: unknown): unknown {
  if (value === null) return null;
  if (TEXT.has(type))
    return typeof value === 'string' || typeof value === 'number' ? String(value) : INVALID;
  if (INTEGER.has(type)) {
    if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
    return typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : INVALID;
  }
  if (type === 'datetime') {
    if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return INVALID;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? INVALID : date;
  }
  if (type === 'boolean') {
    if (typeof value === 'boolean') return value;
    return value === 'true' ? true : value === 'false' ? false : INVALID;
  }
  return INVALID;
}

const escapeLike = (value: string) => value.replace(/[%_\\]/g, (c) => `\\${c}`);
const LIKE: Record<string, [string, (v: string) => string, boolean]> = {
  $startsWith: ['LIKE', (v) => `${v}%`, false],
  $endsWith: ['LIKE', (v) => `%${v}`, false],
  $contains: ['LIKE', (v) => `%${v}%`, false],
  $notContains: ['NOT LIKE', (v) => `%${v}%`, false],
  $startsWithi: ['LIKE', (v) => `${v}%`, true],
  $endsWithi: ['LIKE', (v) => `%${v}`, true],
  $containsi: ['LIKE', (v) => `%${v}%`, true],
  $notContainsi: ['NOT LIKE', (v) => `%${v}%`, true],
};
const COMPARE: Record<string, string> = {
  $eq: '=',
  $ne: '<>',
  $lt: '<',
  $lte: '<=',
  $gt: '>',
  $gte: '>=',
};

function compileOperator(
  column: string,
  type: string,
  operator: string,
  value: unknown,
): Where | null {
  const like = LIKE[operator];
  if (like) {
    if (!TEXT.has(type) || (typeof value !== 'string' && typeof value !== 'number')) return null;
    const [op, pattern, lower] = like;
    const text = pattern(escapeLike(String(value)));
    return lower
      ? (q) => q.whereRaw(`LOWER(CAST(?? AS VARCHAR)) ${op} LOWER(?)`, [column, text])
      : (q) => q.whereRaw(`?? ${op} ?`, [column, text]);
  }
  const compare = COMPARE[operator];
  if (compare) {
    if (Array.isArray(value) || isRecord(value)) return null;
    const v = cast(type, value);
    if (v === INVALID) return null;
    if (v === null) {
      if (operator === '$eq') return (q) => q.whereNull(column);
      if (operator === '$ne') return (q) => q.whereNotNull(column);
      return null;
    }
    return (q) => q.where(column, compare, v as Knex.Value);
  }
  if (operator === '$in' || operator === '$notIn' || operator === '$between') {
    const values = (Array.isArray(value) ? value : [value]).map((v) => cast(type, v));
    if (values.length === 0 || values.some((v) => v === INVALID || v === null)) return null;
    if (operator === '$between') {
      if (values.length !== 2) return null;
      return (q) => q.whereBetween(column, values as [Knex.Value, Knex.Value]);
    }
    return operator === '$in'
      ? (q) => q.whereIn(column, values as Knex.Value[])
      : (q) => q.whereNotIn(column, values as Knex.Value[]);
  }
  return null;
}

const allOf =
  (parts: Where[]): Where =>
  (q) => {
    for (const part of parts) q.andWhere(part);
  };

function compileAttribute(column: string, type: string, value: unknown): Where | null {
  if (!isRecord(value)) return compileOperator(column, type, '$eq', value);
  const parts: Where[] = [];
  for (const [operator, operand] of Object.entries(value)) {
    const part = compileOperator(column, type, operator, operand);
    if (!part) return null;
    parts.push(part);
  }
  return parts.length > 0 ? allOf(parts) : null;
}

function compileObject(
  columns: Columns,
  alias: string,
  filters: Record<string, unknown>,
  relationOf?: RelationFilter,
): Where | null {
  const parts: Where[] = [];
  for (const [key, value] of Object.entries(filters)) {
    if (key === '$and' || key === '$or') {
      if (!Array.isArray(value) || value.length === 0) return null;
      const groups = value.map((sub) =>
        isRecord(sub) ? compileObject(columns, alias, sub, relationOf) : null,
      );
      if (groups.some((g) => g === null)) return null;
      parts.push((q) =>
        q.where((group) => {
          for (const g of groups as Where[]) {
            if (key === '$and') group.andWhere(g);
            else group.orWhere(g);
          }
        }),
      );
      continue;
    }
    const attribute = columns.get(key);
    const relation = attribute ? undefined : relationOf?.(key);
    if (!attribute && !relation) return null;
    const part = attribute
      ? compileAttribute(`${alias}.${attribute.column}`, attribute.type, value)
      : relation!(value);
    if (!part) return null;
    parts.push(part);
  }
  return allOf(parts);
}

/**
 * `filters` (as Strapi's query parser leaves them) as a WHERE on the table aliased `alias`, or
 * null when not covered.
 */
export function compileFilters(
  columns: Columns,
  alias: string,
  filters: unknown,
  relationOf?: RelationFilter,
): Where | null {
  if (filters === undefined || filters === null || filters === '') return () => {};
  return isRecord(filters) ? compileObject(columns, alias, filters, relationOf) : null;
}

/** Strapi's `sort` (`a:desc`, `a,b:asc`, `['a:desc']`) with `id` last, as Strapi orders. */
export function compileSort(columns: Columns, alias: string, sort: unknown): Order | null {
  const items =
    sort === undefined || sort === ''
      ? []
      : typeof sort === 'string'
        ? sort.split(',')
        : Array.isArray(sort) && sort.every((s) => typeof s === 'string')
          ? sort.flatMap((s: string) => s.split(','))
          : null;
  if (!items) return null;
  const order: Order = [];
  for (const item of items) {
    const [field, direction = 'asc', ...rest] = item.trim().split(':');
    const column = field ? columns.get(field) : undefined;
    const dir = direction.toLowerCase();
    if (!column || rest.length > 0 || (dir !== 'asc' && dir !== 'desc')) return null;
    order.push({ column: `${alias}.${column.column}`, order: dir });
  }
  const id = `${alias}.${columns.get('id')?.column ?? 'id'}`;
  if (order[order.length - 1]?.column !== id) order.push({ column: id, order: 'asc' });
  return order;
}

/**
 * A column value as Strapi's field types read it (@strapi/database fields/*.fromDB), for the
 * types in OUTPUT_TYPES (what organizations and delegations use).
 */
export const OUTPUT_TYPES = new Set([
  'string',
  'text',
  'richtext',
  'enumeration',
  'uid',
  'email',
  'integer',
  'increments',
  'boolean',
  'datetime',
  'json',
]);
export function fromDatabase(type: string, value: unknown) {
  if (value === null || value === undefined) return value;
  switch (type) {
    case 'datetime': {
      const date = value instanceof Date ? value : new Date(String(value));
      return Number.isNaN(date.getTime()) ? null : date.toISOString();
    }
    case 'json':
      if (typeof value !== 'string') return value;
      try {
        const parsed = JSON.parse(value);
        // Early Strapi 5 releases stored JSON stringified twice; Strapi reads both.
        return typeof parsed === 'string' ? JSON.parse(parsed) : parsed;
      } catch {
        return value;
      }
    case 'boolean':
      return value === '1' ? true : value === '0' ? false : value;
    case 'integer':
    case 'increments':
      return Number(value);
    default:
      return String(value);
  }
}
