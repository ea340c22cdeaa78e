import type { CrudFilters } from '@refinedev/core';

/** The search form of the person queue and the delegation's person list. */
export interface PersonSearch {
  status?: string[];
  regionType?: string;
  name?: string;
  idNumber?: string;
  organizationName?: string;
  badgeReuse?: 'yes' | 'no';
  source?: string[];
}

/** Operations review the persons waiting for the real-name check first. */
export const REVIEW_DEFAULT_STATUS = ['pendingReview'];

/** The search form in Strapi terms (cms/API.md "Persons"). */
export const personFilters = (values: PersonSearch): CrudFilters => {
  const filters: CrudFilters = [];
  if (values.status?.length)
    filters.push({ field: 'personStatus', operator: 'in', value: values.status });
  if (values.regionType)
    filters.push({ field: 'regionType', operator: 'eq', value: values.regionType });
  const name = values.name?.trim();
  if (name) filters.push({ field: 'name', operator: 'contains', value: name });
  // Whole numbers only, exactly: the cms compares a keyed hash of the upper-case number and
  // refuses any partial search (docs/id-numbers.md), so a resident ID's x may be typed either way.
  const idNumber = values.idNumber?.trim();
  if (idNumber) filters.push({ field: 'idNumber', operator: 'eq', value: idNumber });
  const organizationName = values.organizationName?.trim();
  if (organizationName) {
    filters.push({ field: 'organization.name', operator: 'contains', value: organizationName });
  }
  if (values.badgeReuse) {
    filters.push({ field: 'badgeReuse', operator: 'eq', value: values.badgeReuse === 'yes' });
  }
  if (values.source?.length)
    filters.push({ field: 'source', operator: 'in', value: values.source });
  return filters;
};
