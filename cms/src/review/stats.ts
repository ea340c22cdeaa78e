import type { Core } from '@strapi/strapi';
import type { Filters } from '../access/scopes';
import { scopeWhere } from '../db/scope';

interface Bucket {
  path: string;
  counts: Record<string, number>;
  total: number;
}

/**
 * Counts for the delegation home: by review state, and by sub-delegation of the caller's
 * delegation (by top-level delegation for operations), over the organizations of the caller's
 * scope from the access table. One GROUP BY over the scope's indexed path prefix rather than a
 * count query per bucket.
 */
export async function reviewStats(
  strapi: Core.Strapi,
  editionNumber: number,
  scope: Filters,
  delegationPath: string | undefined,
) {
  const prefix = delegationPath ?? '/';
  const rows: { delegation_path: string | null; review_status: string; count: string }[] =
    await strapi.db
      .connection('organizations as o')
      .select('o.delegation_path', 'o.review_status')
      .count('* as count')
      .where('o.edition_number', editionNumber)
      .modify(scopeWhere(strapi, 'api::organization.organization', scope, 'o'))
      .groupBy('o.delegation_path', 'o.review_status');
  const depth = prefix.split('/').filter(Boolean).length;
  const buckets = new Map<string, Bucket>();
  const byStatus: Record<string, number> = {};
  for (const row of rows) {
    const count = Number(row.count);
    byStatus[row.review_status] = (byStatus[row.review_status] ?? 0) + count;
    const segments = (row.delegation_path ?? '').split('/').filter(Boolean);
    // One level below the caller's delegation; organizations of the delegation itself stay there.
    const path =
      segments.length > depth
        ? `/${segments.slice(0, depth + 1).join('/')}/`
        : (row.delegation_path ?? '');
    const bucket = buckets.get(path) ?? { path, counts: {}, total: 0 };
    bucket.counts[row.review_status] = (bucket.counts[row.review_status] ?? 0) + count;
    bucket.total += count;
    buckets.set(path, bucket);
  }
  const delegations = await strapi.documents('api::delegation.delegation').findMany({
    filters: { path: { $in: [...buckets.keys()].filter(Boolean) } },
    fields: ['documentId', 'code', 'nameZh', 'nameEn', 'path', 'sortOrder'],
    limit: 1000,
  });
  const byPath = new Map(delegations.map((d) => [String(d.path), d]));
  const bySubDelegation = [...buckets.values()]
    .map((bucket) => {
      const delegation = byPath.get(bucket.path);
      return {
        documentId: delegation?.documentId ?? null,
        code: delegation?.code ?? null,
        nameZh: delegation?.nameZh ?? '未选择交易团',
        nameEn: delegation?.nameEn ?? 'No delegation',
        total: bucket.total,
        counts: bucket.counts,
      };
    })
    .sort((a, b) => b.total - a.total);
  return { editionNumber, byStatus, bySubDelegation };
}
