import type { CrudFilters } from '@refinedev/core';

/** The person list's search form. */
export interface PersonSearch {
  regionType?: string;
  idNumber?: string;
  status?: string[];
  entryDateOption?: string;
  paymentStatus?: string;
  personNumber?: string;
  name?: string;
  badgeReuse?: 'yes' | 'no';
}

/** The search form in Strapi filter terms (cms/API.md "Persons"). */
export const personFilters = (values: PersonSearch): CrudFilters => {
  const filters: CrudFilters = [];
  const text = (value?: string) => value?.trim() || undefined;
  if (values.regionType)
    filters.push({ field: 'regionType', operator: 'eq', value: values.regionType });
  const idNumber = text(values.idNumber);
  // The whole number, exactly: the cms refuses partial ID searches (docs/id-numbers.md).
  if (idNumber) filters.push({ field: 'idNumber', operator: 'eq', value: idNumber });
  if (values.status?.length)
    filters.push({ field: 'personStatus', operator: 'in', value: values.status });
  if (values.entryDateOption)
    filters.push({ field: 'entryDateOption', operator: 'eq', value: values.entryDateOption });
  if (values.paymentStatus)
    filters.push({ field: 'paymentStatus', operator: 'eq', value: values.paymentStatus });
  const personNumber = text(values.personNumber);
  if (personNumber) filters.push({ field: 'personNumber', operator: 'eq', value: personNumber });
  const name = text(values.name);
  if (name) filters.push({ field: 'name', operator: 'contains', value: name });
  if (values.badgeReuse)
    filters.push({ field: 'badgeReuse', operator: 'eq', value: values.badgeReuse === 'yes' });
  return filters;
};
