import type { Core } from '@strapi/strapi';

// PostgreSQL only (docs/architecture.md). scripts/ and the tests always hand us DATABASE_URL:
// the machine's server in CI, the embedded one (database/embedded.ts) otherwise.
const config = ({ env }: Core.Config.Shared.ConfigParams) =>
  ({
    connection: {
      client: 'postgres',
      connection: {
        connectionString: env('DATABASE_URL', ''),
        ssl: env.bool('DATABASE_SSL', false)
          ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) }
          : false,
        schema: env('DATABASE_SCHEMA', 'public'),
      },
      pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
    // Strapi's types list host/port/… for postgres; a connection string is what pg reads.
  }) as unknown as Core.Config.Database;

export default config;
