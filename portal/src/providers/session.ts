import type { PortalRoleType } from '@pvis/config';
import { request } from './http';

export type Role = PortalRoleType;

export interface Session {
  user: {
    id: number;
    documentId: string;
    username: string;
    email: string;
    displayName?: string | null;
  };
  role: Role;
  organization: { documentId: string; name: string; reviewStatus: string } | null;
  delegation: { documentId: string; nameZh: string; nameEn: string } | null;
}

let pending: Promise<Session> | null = null;

/** `GET /api/session`, shared by concurrent callers; rejects with a 401 ApiError when logged out. */
export const fetchSession = (): Promise<Session> => {
  if (!pending) {
    pending = request<{ data: Session }>('/api/session').then(
      (body) => body.data,
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
  }
  return pending;
};

/** Forget the cached session (login, logout, 401). */
export const clearSession = (): void => {
  pending = null;
};
