import { useList } from '@refinedev/core';

/**
 * The current edition's number: person lists show this edition (as `/persons/stats` counts it);
 * earlier editions' persons are the liaison's 往届人员, not a review matter.
 */
export const useCurrentEditionNumber = (): number | undefined => {
  const { result } = useList<{ number: number }>({
    resource: 'editions',
    filters: [{ field: 'current', operator: 'eq', value: true }],
    pagination: { mode: 'off' },
    meta: { fields: ['number'] },
    errorNotification: false,
  });
  return result?.data?.[0]?.number;
};
