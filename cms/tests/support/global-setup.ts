import type { TestProject } from 'vitest/node';
import { startServer } from '../../../database/embedded';
import { ensureTemplate, TEMPLATE } from '../../../scripts/lib/test-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string;
    templateDatabase: string;
  }
}

/** PostgreSQL for the cms tests: DATABASE_URL's server in CI, the embedded one otherwise. */
export default async function setup(project: TestProject) {
  const server = await startServer('test');
  await ensureTemplate(server.url);
  project.provide('databaseServerUrl', server.url);
  project.provide('templateDatabase', TEMPLATE);
  return () => server.stop();
}
