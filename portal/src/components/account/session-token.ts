import { setToken } from '../../providers/http';
import { clearSession } from '../../providers/session';

/**
 * Keeps a JWT the cms issued (login, registration, reset by code, colleague link): stored and the
 * cached session forgotten. Enough on a signed-out page: the signed-in app mounts afterwards with
 * an empty query cache and checks the session itself.
 */
export const keepSessionToken = (jwt: string): void => {
  setToken(jwt);
  clearSession();
};

/** The JWT of a sign-in answer: `{ data: { jwt } }` (our routes) or `{ jwt }` (Strapi's). */
export const jwtOf = (body: { jwt?: string; data?: { jwt?: string } | null } | null): string => {
  const jwt = body?.data?.jwt ?? body?.jwt;
  if (!jwt) throw new Error('The server answered without a session token');
  return jwt;
};
