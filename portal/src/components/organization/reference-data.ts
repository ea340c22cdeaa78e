import { useQuery } from '@tanstack/react-query';
import { request } from '../../providers/http';
import { type QueryValue, stringifyQuery } from '../../providers/query-string';
import type { Delegation } from './types';

/** The cms caps a page at 200 rows (`rest.maxLimit`). */
const PAGE_SIZE = 200;

interface ListBody<T> {
  data: T[];
  meta?: { pagination?: { page: number; pageCount: number } };
}

/** Every row of a collection, page by page (reference data: delegations, taxonomy). */
export const fetchAll = async <T>(
  resource: string,
  query: Record<string, QueryValue>,
  options: { auth?: boolean } = {},
): Promise<T[]> => {
  const pageOf = (page: number) =>
    request<ListBody<T>>(
      `/api/${resource}?${stringifyQuery({ ...query, pagination: { page, pageSize: PAGE_SIZE } })}`,
      options,
    );
  const first = await pageOf(1);
  const pageCount = first?.meta?.pagination?.pageCount ?? 1;
  // The remaining pages at once: the delegation tree is ~4 pages.
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pageCount - 1) }, (_, i) => pageOf(i + 2)),
  );
  return [first, ...rest].flatMap((body) => body?.data ?? []);
};

const DELEGATION_FIELDS = [
  'code',
  'nameZh',
  'nameEn',
  'referralCode',
  'path',
  'depth',
  'sortOrder',
];

/** Delegations, optionally only a subtree (`path` starts with `pathPrefix`). Public data. */
export const useDelegations = (pathPrefix?: string | null, enabled = true) =>
  useQuery({
    queryKey: ['reference', 'delegations', pathPrefix ?? '*'],
    enabled,
    staleTime: 10 * 60_000,
    queryFn: () =>
      fetchAll<Delegation>(
        'delegations',
        {
          fields: DELEGATION_FIELDS,
          populate: { parent: { fields: ['documentId'] } },
          sort: ['depth:asc', 'sortOrder:asc'],
          ...(pathPrefix ? { filters: { path: { $startsWith: pathPrefix } } } : {}),
        },
        { auth: false },
      ),
  });

export interface DelegationNode {
  value: string;
  title: string;
  key: string;
  children?: DelegationNode[];
  delegation: Delegation;
}

/** The flat list as a tree (parents before children is not assumed). */
export const delegationTree = (rows: Delegation[], language: string): DelegationNode[] => {
  const nodes = new Map<string, DelegationNode>();
  for (const d of rows) {
    nodes.set(d.documentId, {
      value: d.documentId,
      key: d.documentId,
      title: language === 'en' ? d.nameEn : d.nameZh,
      delegation: d,
    });
  }
  const roots: DelegationNode[] = [];
  for (const d of rows) {
    const node = nodes.get(d.documentId)!;
    const parent = d.parent?.documentId ? nodes.get(d.parent.documentId) : undefined;
    if (!parent) {
      roots.push(node);
      continue;
    }
    parent.children = [...(parent.children ?? []), node];
  }
  return roots;
};

interface TaxonomyRow {
  documentId: string;
  nameZh: string;
  nameEn: string;
  sortOrder?: number;
}
interface CategoryRow extends TaxonomyRow {
  area?: { documentId: string } | null;
}
interface ItemRow extends TaxonomyRow {
  category?: { documentId: string } | null;
}

export interface TaxonomyNode {
  value: string;
  key: string;
  title: string;
  /** Only items (leaves) are interests; areas and categories select their items. */
  isItem: boolean;
  children?: TaxonomyNode[];
}

const TAXONOMY_FIELDS = ['code', 'nameZh', 'nameEn', 'sortOrder'];

/** Exhibition areas → categories → items, the interests picker's tree. */
export const useTaxonomy = () =>
  useQuery({
    queryKey: ['reference', 'taxonomy'],
    staleTime: 10 * 60_000,
    queryFn: async () => {
      const sort = ['sortOrder:asc'];
      const [areas, categories, items] = await Promise.all([
        fetchAll<TaxonomyRow>(
          'exhibition-areas',
          { fields: TAXONOMY_FIELDS, sort },
          { auth: false },
        ),
        fetchAll<CategoryRow>(
          'exhibition-categories',
          { fields: TAXONOMY_FIELDS, sort, populate: { area: { fields: ['documentId'] } } },
          { auth: false },
        ),
        fetchAll<ItemRow>(
          'exhibition-items',
          { fields: TAXONOMY_FIELDS, sort, populate: { category: { fields: ['documentId'] } } },
          { auth: false },
        ),
      ]);
      return { areas, categories, items };
    },
  });

export const taxonomyTree = (
  data: { areas: TaxonomyRow[]; categories: CategoryRow[]; items: ItemRow[] } | undefined,
  language: string,
): TaxonomyNode[] => {
  if (!data) return [];
  const name = (row: TaxonomyRow) => (language === 'en' ? row.nameEn : row.nameZh);
  return data.areas
    .map((area) => ({
      value: `area:${area.documentId}`,
      key: `area:${area.documentId}`,
      title: name(area),
      isItem: false,
      children: data.categories
        .filter((c) => c.area?.documentId === area.documentId)
        .map((category) => ({
          value: `category:${category.documentId}`,
          key: `category:${category.documentId}`,
          title: name(category),
          isItem: false,
          children: data.items
            .filter((i) => i.category?.documentId === category.documentId)
            .map((item) => ({
              value: item.documentId,
              key: item.documentId,
              title: name(item),
              isItem: true,
            })),
        }))
        .filter((c) => c.children.length > 0),
    }))
    .filter((a) => a.children.length > 0);
};
