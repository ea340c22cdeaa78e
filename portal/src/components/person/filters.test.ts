import { describe, expect, it } from 'vitest';
import { personFilters } from './filters';
import { stepOfStatuses } from './PersonSteps';

describe('the person list search form', () => {
  it('turns every filter into a Strapi filter, skipping empty ones', () => {
    expect(
      personFilters({
        regionType: 'mainland',
        idNumber: ' 31011519820314012x ',
        status: ['draft', 'pendingReview'],
        entryDateOption: 'half',
        paymentStatus: 'paid',
        personNumber: '',
        name: '张',
        badgeReuse: 'no',
      }),
    ).toEqual([
      { field: 'regionType', operator: 'eq', value: 'mainland' },
      { field: 'idNumber', operator: 'eq', value: '31011519820314012x' },
      { field: 'personStatus', operator: 'in', value: ['draft', 'pendingReview'] },
      { field: 'entryDateOption', operator: 'eq', value: 'half' },
      { field: 'paymentStatus', operator: 'eq', value: 'paid' },
      { field: 'name', operator: 'contains', value: '张' },
      { field: 'badgeReuse', operator: 'eq', value: false },
    ]);
    expect(personFilters({ status: [] })).toEqual([]);
  });
});

describe('the person step bar', () => {
  it('stands at the furthest step any person has reached', () => {
    expect(stepOfStatuses({})).toBe(0);
    expect(stepOfStatuses({ draft: 3, pendingPayment: 1 })).toBe(1);
    expect(stepOfStatuses({ draft: 3, pendingReview: 0, approved: 2 })).toBe(3);
    expect(stepOfStatuses({ issued: 1 })).toBe(4);
  });
});
