import { useInvalidateAuthStore } from '@refinedev/core';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { setToken } from '../../providers/http';
import { clearSession } from '../../providers/session';

/**
 * Keeps a JWT the cms issued (registration, reset by code, one-click) exactly as the login
 * does: stored, session re-read, nothing cached for a previous user.
 */
export const useSignIn = () => {
  const queryClient = useQueryClient();
  const invalidateAuthStore = useInvalidateAuthStore();
  return useCallback(
    async (jwt: string) => {
      setToken(jwt);
      clearSession();
      queryClient.clear();
      await invalidateAuthStore();
    },
    [queryClient, invalidateAuthStore],
  );
};

/** The JWT of a sign-in answer: `{ data: { jwt } }` (our routes) or `{ jwt }` (Strapi's). */
export const jwtOf = (body: { jwt?: string; data?: { jwt?: string } | null } | null): string => {
  const jwt = body?.data?.jwt ?? body?.jwt;
  if (!jwt) throw new Error('The server answered without a session token');
  return jwt;
};
