import { useQuery } from '@tanstack/react-query';
import { type ApiError, request } from '../../providers/http';

export const BULK_URL = '/api/persons/bulk-transitions';

/**
 * Whether the cms offers operations `POST /persons/bulk-transitions`. Asked once per session with
 * an empty selection, which the route refuses with 400 and never writes anything for; a cms
 * without the route (404/405) or without the permission (403) hides the bulk buttons.
 */
export const useBulkReviewAvailable = (enabled: boolean): boolean => {
  const { data } = useQuery({
    queryKey: ['persons-bulk-transitions-available'],
    enabled,
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
    queryFn: async () => {
      try {
        await request(BULK_URL, {
          method: 'POST',
          body: { data: { documentIds: [], action: 'approve' } },
        });
        return true;
      } catch (error) {
        return (error as ApiError).statusCode === 400;
      }
    },
  });
  return enabled && data === true;
};
