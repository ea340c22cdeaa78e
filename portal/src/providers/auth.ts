import type { AuthProvider } from '@refinedev/core';
import i18n from 'i18next';
import { homeOfRole } from '../resources';
import { type ApiError, getToken, request, setToken } from './http';
import { clearSession, fetchSession, type Role, type Session } from './session';

export interface Identity {
  id: string;
  name: string;
  email: string;
  role: Role;
  organization: Session['organization'];
  delegation: Session['delegation'];
}

export interface LoginVariables {
  identifier: string;
  password: string;
}

const statusOf = (error: unknown): number | undefined =>
  (error as Partial<ApiError> | null)?.statusCode;

export const authProvider: AuthProvider = {
  login: async ({ identifier, password }: LoginVariables) => {
    try {
      const body = await request<{ jwt: string }>('/api/auth/local', {
        method: 'POST',
        body: { identifier, password },
        auth: false,
      });
      setToken(body.jwt);
      clearSession();
      const session = await fetchSession();
      return { success: true, redirectTo: homeOfRole(session.role) };
    } catch (error) {
      setToken(null);
      clearSession();
      const e = error as ApiError;
      // Wrong credentials get the page's own words; a locked account (429) the server's, which
      // say how to unlock it (验证码登录).
      const wrongCredentials = e.statusCode === 400 || e.statusCode === 401;
      const locked = e.statusCode === 429 ? e.errors?.identifier : undefined;
      return {
        success: false,
        error: {
          name: locked ? 'AccountLocked' : e.name,
          message: locked ?? (wrongCredentials ? i18n.t('auth.wrongCredentials') : e.message),
        },
      };
    }
  },

  logout: async () => {
    setToken(null);
    clearSession();
    return { success: true, redirectTo: '/login' };
  },

  check: async () => {
    if (!getToken()) return { authenticated: false, logout: true, redirectTo: '/login' };
    try {
      await fetchSession();
      return { authenticated: true };
    } catch (error) {
      if (statusOf(error) === 401) setToken(null);
      return { authenticated: false, logout: true, redirectTo: '/login' };
    }
  },

  onError: async (error) => {
    if (statusOf(error) === 401) {
      setToken(null);
      clearSession();
      return { logout: true, redirectTo: '/login', error };
    }
    return { error };
  },

  getIdentity: async (): Promise<Identity | null> => {
    try {
      const { user, role, organization, delegation } = await fetchSession();
      return {
        id: user.documentId,
        name: user.displayName || user.username,
        email: user.email,
        role,
        organization,
        delegation,
      };
    } catch {
      return null;
    }
  },

  getPermissions: async () => {
    try {
      return (await fetchSession()).role;
    } catch {
      return null;
    }
  },
};
