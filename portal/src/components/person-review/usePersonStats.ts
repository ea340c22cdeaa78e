import { useCustom } from '@refinedev/core';

export interface PersonStatsBody {
  editionNumber: number;
  total: number;
  byStatus: Record<string, number>;
}

/** The stats' query key: pages that change persons read the counts again with it. */
export const PERSON_STATS_KEY = ['person-stats'];

/** `GET /api/persons/stats`: this edition's persons by status in the caller's view. */
export const usePersonStats = () => {
  const { query, result } = useCustom<{ data?: PersonStatsBody }>({
    url: '/api/persons/stats',
    method: 'get',
    errorNotification: false,
    queryOptions: { queryKey: PERSON_STATS_KEY },
  });
  return { query, stats: result?.data?.data };
};
