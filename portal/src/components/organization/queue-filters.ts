import type { CrudFilters } from '@refinedev/core';
import type { Dayjs } from 'dayjs';

/** The search form of the organization queues (operations, a delegation's reviewers). */
export interface QueueSearch {
  status?: string[];
  category?: string[];
  delegationPath?: string;
  submitted?: [Dayjs, Dayjs] | null;
  q?: string;
}

/** The queue opens on what waits for a decision. */
export const QUEUE_DEFAULT_STATUS = ['submitted'];

/** The filters of the search form, in Strapi terms (API.md "Review"). */
export const queueFilters = (values: QueueSearch): CrudFilters => {
  const filters: CrudFilters = [];
  if (values.status?.length)
    filters.push({ field: 'reviewStatus', operator: 'in', value: values.status });
  if (values.category?.length)
    filters.push({ field: 'category', operator: 'in', value: values.category });
  if (values.delegationPath) {
    filters.push({
      field: 'delegationPath',
      operator: 'startswiths',
      value: values.delegationPath,
    });
  }
  if (values.submitted?.[0] && values.submitted[1]) {
    filters.push({
      field: 'submittedAt',
      operator: 'between',
      value: [
        values.submitted[0].startOf('day').toISOString(),
        values.submitted[1].endOf('day').toISOString(),
      ],
    });
  }
  const q = values.q?.trim();
  if (q) {
    filters.push({
      operator: 'or',
      value: [
        { field: 'name', operator: 'contains', value: q },
        { field: 'creditCode', operator: 'contains', value: q },
      ],
    });
  }
  return filters;
};
