import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { JWT_KEY } from '../providers/http';
import { changeLanguage } from '../providers/i18n';
import { clearSession } from '../providers/session';

/** One msw server for a test file; handlers are added per test with `server.use(...)`. */
export const server = setupServer();

/**
 * The usual set-up of a page test: the msw server for the file, and before each test a fresh
 * session in Chinese, signed in with `jwt` when given (the session itself comes from the
 * test's `/api/session` handler).
 */
export function servePortal(jwt?: string) {
  beforeAll(() => server.listen({ onUnhandledRequest: 'bypass' }));
  beforeEach(async () => {
    clearSession();
    if (jwt) window.localStorage.setItem(JWT_KEY, jwt);
    await changeLanguage('zh-CN');
  });
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}
