import type {
  BaseRecord,
  CrudFilter,
  CrudSort,
  DataProvider,
  LogicalFilter,
  MetaQuery,
  Pagination,
} from '@refinedev/core';
import { type RequestOptions, request } from './http';
import { type QueryValue, stringifyQuery } from './query-string';

/**
 * Strapi 5 data provider for Refine 5. The Refine id of a record is its `documentId`;
 * list and one-record responses are Strapi 5's flat `{ data, meta }`.
 *
 * Supported `meta`: `populate` (string | string[] | object), `fields` (string[]),
 * `locale`, `status` ('draft' | 'published'), `query` (extra query parameters),
 * `headers`, `auth` (false: send no JWT).
 */

type StrapiFilter = { [key: string]: QueryValue };

const OPERATORS: Record<LogicalFilter['operator'], string> = {
  eq: '$eq',
  ne: '$ne',
  eqs: '$eq',
  nes: '$ne',
  lt: '$lt',
  gt: '$gt',
  lte: '$lte',
  gte: '$gte',
  in: '$in',
  nin: '$notIn',
  ina: '$in',
  nina: '$notIn',
  contains: '$containsi',
  ncontains: '$notContainsi',
  containss: '$contains',
  ncontainss: '$notContains',
  between: '$between',
  nbetween: '$between',
  null: '$null',
  nnull: '$notNull',
  startswith: '$startsWithi',
  nstartswith: '$startsWithi',
  startswiths: '$startsWith',
  nstartswiths: '$startsWith',
  endswith: '$endsWithi',
  nendswith: '$endsWithi',
  endswiths: '$endsWith',
  nendswiths: '$endsWith',
};

/** Operators Strapi has no negated form of: wrapped in `$not`. */
const NEGATED = new Set<LogicalFilter['operator']>([
  'nbetween',
  'nstartswith',
  'nstartswiths',
  'nendswith',
  'nendswiths',
]);

const nestField = (field: string, condition: StrapiFilter): StrapiFilter =>
  field
    .split('.')
    .reverse()
    .reduce<StrapiFilter>((inner, segment) => ({ [segment]: inner }), condition);

const isPlainObject = (value: unknown): value is StrapiFilter =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);

const deepMerge = (target: StrapiFilter, source: StrapiFilter): StrapiFilter => {
  const result: StrapiFilter = { ...target };
  for (const [key, value] of Object.entries(source)) {
    const existing = result[key];
    result[key] =
      isPlainObject(existing) && isPlainObject(value) ? deepMerge(existing, value) : value;
  }
  return result;
};

/** One Refine filter → one Strapi filter object. */
export const toStrapiFilter = (filter: CrudFilter): StrapiFilter => {
  if (!('field' in filter)) {
    return { [`$${filter.operator}`]: filter.value.map(toStrapiFilter) };
  }
  const { field, operator, value } = filter;
  let operand: QueryValue = value as QueryValue;
  if (operator === 'null' || operator === 'nnull') operand = true;
  let condition: StrapiFilter = { [OPERATORS[operator]]: operand };
  if (NEGATED.has(operator)) condition = { $not: condition };
  return nestField(field, condition);
};

/** A list of Refine filters (implicitly AND-ed) → Strapi `filters` object. */
export const toStrapiFilters = (filters: CrudFilter[] | undefined): StrapiFilter | undefined => {
  if (!filters?.length) return undefined;
  const usable = filters.filter(
    (f) =>
      f.value !== undefined &&
      f.value !== '' &&
      !(
        Array.isArray(f.value) &&
        f.value.length === 0 &&
        f.operator !== 'or' &&
        f.operator !== 'and'
      ),
  );
  if (!usable.length) return undefined;
  // Two conditions on the same field and operator would overwrite each other when merged:
  // fall back to an explicit `$and`.
  const keys = usable.map((f) => ('field' in f ? `${f.field}:${f.operator}` : `$${f.operator}`));
  if (new Set(keys).size !== keys.length) return { $and: usable.map(toStrapiFilter) };
  return usable.map(toStrapiFilter).reduce(deepMerge, {});
};

export const toStrapiSort = (sorters: CrudSort[] | undefined): string[] | undefined =>
  sorters?.length ? sorters.map((s) => `${s.field}:${s.order}`) : undefined;

const metaQuery = (meta: MetaQuery | undefined): Record<string, QueryValue> => {
  const query: Record<string, QueryValue> = {};
  if (!meta) return query;
  if (meta.populate !== undefined) query.populate = meta.populate as QueryValue;
  if (meta.fields !== undefined) query.fields = meta.fields as QueryValue;
  if (meta.locale) query.locale = meta.locale as string;
  if (meta.status) query.status = meta.status as string;
  if (meta.query) Object.assign(query, meta.query as Record<string, QueryValue>);
  // `auth` and `headers` configure the request, not the query string.
  return query;
};

const withQuery = (url: string, query: Record<string, QueryValue>): string => {
  const qs = stringifyQuery(query);
  if (!qs) return url;
  return `${url}${url.includes('?') ? '&' : '?'}${qs}`;
};

export interface StrapiListQuery {
  pagination?: Pagination;
  sorters?: CrudSort[];
  filters?: CrudFilter[];
  meta?: MetaQuery;
}

/** The query string of a Strapi list request (exported for tests and custom pages). */
export const buildListQuery = ({ pagination, sorters, filters, meta }: StrapiListQuery) => {
  const query: Record<string, QueryValue> = {};
  const strapiFilters = toStrapiFilters(filters);
  if (strapiFilters) query.filters = strapiFilters;
  const sort = toStrapiSort(sorters);
  if (sort) query.sort = sort;
  const mode = pagination?.mode ?? 'server';
  if (mode === 'server') {
    query.pagination = {
      page: pagination?.currentPage ?? 1,
      pageSize: pagination?.pageSize ?? 10,
    };
  }
  return { ...query, ...metaQuery(meta) };
};

interface StrapiDocument {
  id?: number | string;
  documentId?: string;
  [key: string]: unknown;
}

interface StrapiListBody {
  data: StrapiDocument[] | null;
  meta?: { pagination?: { page: number; pageSize: number; pageCount: number; total: number } };
}

interface StrapiOneBody {
  data: StrapiDocument | null;
  meta?: unknown;
}

/** Refine identifies records by `documentId`; Strapi's numeric id stays as `entryId`. */
export const normalizeDocument = <T extends BaseRecord>(doc: StrapiDocument | null): T => {
  if (!doc || typeof doc !== 'object' || !doc.documentId) return (doc ?? {}) as T;
  return { ...doc, entryId: doc.id, id: doc.documentId } as unknown as T;
};

export const createStrapiDataProvider = (apiUrl = '/api'): DataProvider => {
  const resourceUrl = (resource: string, id?: string | number) =>
    id === undefined
      ? `${apiUrl}/${resource}`
      : `${apiUrl}/${resource}/${encodeURIComponent(String(id))}`;
  /** `meta.auth === false` sends no JWT (public content must not fail on a stale token). */
  const optionsOf = (meta?: MetaQuery) => ({
    headers: meta?.headers as Record<string, string> | undefined,
    auth: meta?.auth !== false,
  });

  return {
    getApiUrl: () => apiUrl,

    getList: async ({ resource, pagination, sorters, filters, meta }) => {
      const url = withQuery(
        resourceUrl(resource),
        buildListQuery({ pagination, sorters, filters, meta }),
      );
      const body = await request<StrapiListBody>(url, optionsOf(meta));
      const rows = (body?.data ?? []).map((doc) => normalizeDocument(doc));
      return { data: rows as never[], total: body?.meta?.pagination?.total ?? rows.length };
    },

    getMany: async ({ resource, ids, meta }) => {
      const url = withQuery(resourceUrl(resource), {
        filters: { documentId: { $in: ids.map(String) } },
        pagination: { page: 1, pageSize: Math.max(ids.length, 1) },
        ...metaQuery(meta),
      });
      const body = await request<StrapiListBody>(url, optionsOf(meta));
      return { data: (body?.data ?? []).map((doc) => normalizeDocument(doc)) as never[] };
    },

    getOne: async ({ resource, id, meta }) => {
      const url = withQuery(resourceUrl(resource, id), metaQuery(meta));
      const body = await request<StrapiOneBody>(url, optionsOf(meta));
      return { data: normalizeDocument(body?.data ?? null) };
    },

    create: async ({ resource, variables, meta }) => {
      const url = withQuery(resourceUrl(resource), metaQuery(meta));
      const body = await request<StrapiOneBody>(url, {
        method: 'POST',
        body: { data: variables },
        ...optionsOf(meta),
      });
      return { data: normalizeDocument(body?.data ?? null) };
    },

    update: async ({ resource, id, variables, meta }) => {
      const url = withQuery(resourceUrl(resource, id), metaQuery(meta));
      const body = await request<StrapiOneBody>(url, {
        method: 'PUT',
        body: { data: variables },
        ...optionsOf(meta),
      });
      return { data: normalizeDocument(body?.data ?? null) };
    },

    deleteOne: async ({ resource, id, meta }) => {
      const url = withQuery(resourceUrl(resource, id), metaQuery(meta));
      const body = await request<StrapiOneBody | null>(url, {
        method: 'DELETE',
        ...optionsOf(meta),
      });
      // Strapi 5 answers 204 No Content.
      return { data: normalizeDocument(body?.data ?? { id, documentId: String(id) }) };
    },

    custom: async ({ url, method, filters, sorters, payload, query, headers, meta }) => {
      const fullUrl = /^https?:|^\//.test(url) ? url : `${apiUrl}/${url}`;
      const params: Record<string, QueryValue> = { ...metaQuery(meta) };
      const strapiFilters = toStrapiFilters(filters);
      if (strapiFilters) params.filters = strapiFilters;
      const sort = toStrapiSort(sorters);
      if (sort) params.sort = sort;
      if (query && typeof query === 'object') Object.assign(params, query);
      const body = await request<{ data?: unknown } | null>(withQuery(fullUrl, params), {
        method: method.toUpperCase() as RequestOptions['method'],
        body: payload,
        ...optionsOf(meta),
        headers: { ...optionsOf(meta).headers, ...(headers as Record<string, string> | undefined) },
      });
      return { data: (body ?? {}) as never };
    },
  };
};

export const dataProvider = createStrapiDataProvider('/api');
