import { bootStrapi, destroyStrapi } from '../../cms/tests/support/boot';
import { createDatabase, databaseExists, dropDatabase, startServer } from '../../database/embedded';

/**
 * The seeded database every test database is copied from (CREATE DATABASE … TEMPLATE).
 * PVIS_TEST_TEMPLATE gives a parallel working copy its own, so two runs never rebuild one.
 */
export const TEMPLATE = process.env.PVIS_TEST_TEMPLATE ?? 'pvis_test_template';

/**
 * Builds the template: an empty database, one boot of the cms (schema sync, constraints,
 * roles, demo seed), then shut down so PostgreSQL can copy it in well under a second per test file.
 */
export async function buildTemplate(serverUrl: string) {
  await dropDatabase(serverUrl, TEMPLATE);
  await createDatabase(serverUrl, TEMPLATE);
  const app = await bootStrapi(`${serverUrl}/${TEMPLATE}`);
  await destroyStrapi(app);
}

export async function ensureTemplate(serverUrl: string) {
  if (!(await databaseExists(serverUrl, TEMPLATE))) await buildTemplate(serverUrl);
}

/** For scripts/test.ts: a fresh template on the chosen server. */
export async function prepareTestDatabase() {
  const server = await startServer('test');
  await buildTemplate(server.url);
  return server;
}
