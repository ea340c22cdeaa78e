import { useInvalidateAuthStore } from '@refinedev/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { keepSessionToken } from './session-token';

/**
 * Signs in with a JWT inside the signed-in app (registration, one-click, returning visitor):
 * token kept, and nothing cached for a previous user, Refine's auth state included.
 */
export const useSignIn = () => {
  const queryClient = useQueryClient();
  const invalidateAuthStore = useInvalidateAuthStore();
  return useCallback(
    async (jwt: string) => {
      keepSessionToken(jwt);
      queryClient.clear();
      await invalidateAuthStore();
    },
    [queryClient, invalidateAuthStore],
  );
};
