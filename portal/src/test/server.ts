import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { beforeEach } from 'vitest';
import { JWT_KEY } from '../providers/http';
import type { Session } from '../providers/session';

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

/** A liaison's approved enterprise, as the session names it. */
export const approvedOrganization = {
  documentId: 'o1',
  name: '上海进口贸易有限公司',
  reviewStatus: 'approved',
};

/** The Shanghai delegation, as a reviewer's session names it. */
export const shanghaiDelegation = {
  documentId: 'd-sh',
  nameZh: '上海交易团',
  nameEn: 'Shanghai Delegation',
};

/**
 * `GET /api/session` as the cms answers it for `role`: a user named after the role, no
 * organization or delegation unless given.
 */
export const sessionOf = (
  role: Session['role'],
  session: Partial<Pick<Session, 'user' | 'organization' | 'delegation'>> = {},
) =>
  http.get('*/api/session', () =>
    HttpResponse.json({
      data: {
        user: { id: 1, documentId: 'u1', username: role, email: `${role}@example.cn` },
        role,
        organization: null,
        delegation: null,
        ...session,
      },
    }),
  );
