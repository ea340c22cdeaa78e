import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

/** database/constraints/*.sql, in name order. */
export const constraintsDir = path.join(
  path.dirname(require.resolve('@pvis/database/package.json')),
  'constraints',
);

/**
 * Applies the indexes and triggers Strapi cannot express. It runs after Strapi's schema sync
 * (Strapi's own migrations run before it, when a fresh database has no tables yet), and every
 * file is idempotent. Strapi's sync leaves objects it did not create alone.
 */
export async function applyConstraints(strapi: Core.Strapi) {
  const files = fs
    .readdirSync(constraintsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  await strapi.db.connection.transaction(async (trx) => {
    // One start at a time when several cms instances boot together (DESIGN §3).
    await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', ['pvis:constraints']);
    for (const file of files) {
      await trx.raw(fs.readFileSync(path.join(constraintsDir, file), 'utf8'));
    }
  });
  strapi.log.info(`constraints applied: ${files.join(', ')}`);
}
