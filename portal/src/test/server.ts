import { HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { beforeEach } from 'vitest';
import { JWT_KEY } from '../providers/http';

/**
 * The one msw server of the component tests. setup.ts starts it for every test file, refuses
 * any request no handler answers, and removes a test's handlers after it; a test adds only its
 * own handlers with `server.use(...)`.
 */
export const server = setupServer();

/**
 * Signs every test of the file in with `jwt`; who is signed in comes from the test's
 * `/api/session` handler.
 */
export function signedIn(jwt: string) {
  beforeEach(() => window.localStorage.setItem(JWT_KEY, jwt));
}

/** A list as Strapi answers it: the rows and their pagination (the portal reads `total`). */
export const strapiList = (data: unknown[], total = data.length) =>
  HttpResponse.json({ data, meta: { pagination: { page: 1, pageSize: 25, pageCount: 1, total } } });
