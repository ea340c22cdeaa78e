import { useCustom } from '@refinedev/core';

export interface PersonStatsBody {
  editionNumber: number;
  total: number;
  byStatus: Record<string, number>;
}

/** `GET /api/persons/stats`: this edition's persons by status in the caller's view. */
export const usePersonStats = () => {
  const { query, result } = useCustom<{ data?: PersonStatsBody }>({
    url: '/api/persons/stats',
    method: 'get',
    errorNotification: false,
    queryOptions: { queryKey: ['person-stats'] },
  });
  return { query, stats: result?.data?.data };
};
