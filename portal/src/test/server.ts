import { setupServer } from 'msw/node';

/** One msw server for a test file; handlers are added per test with `server.use(...)`. */
export const server = setupServer();
