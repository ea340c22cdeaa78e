import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';

/** database/constraints/*.sql, in number order. */
export const constraintsDir = path.join(
  path.dirname(require.resolve('@pvis/database/package.json')),
  'constraints',
);

/**
 * The constraint files in the order they are applied: each named `NNN-what.sql` with its own
 * number, since a later file may use what an earlier one made (a sequence, a function). Two files
 * sharing a number would be applied in an order nobody chose, so the start fails instead.
 */
export function constraintFiles(dir = constraintsDir): string[] {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort();
  const seen = new Map<string, string>();
  for (const file of files) {
    const number = /^(\d{3})-[a-z0-9-]+\.sql$/.exec(file)?.[1];
    if (!number) throw new Error(`${dir}/${file}: a constraint file is named NNN-what.sql`);
    const earlier = seen.get(number);
    if (earlier) throw new Error(`${dir}: ${earlier} and ${file} share the number ${number}`);
    seen.set(number, file);
  }
  return files;
}

/**
 * Applies the indexes and triggers Strapi cannot express. It runs after Strapi's schema sync
 * (Strapi's own migrations run before it, when a fresh database has no tables yet), and every
 * file is idempotent. Strapi's sync leaves objects it did not create alone.
 */
export async function applyConstraints(strapi: Core.Strapi) {
  const files = constraintFiles();
  await strapi.db.connection.transaction(async (trx) => {
    // One start at a time when several cms instances boot together (docs/architecture.md).
    await trx.raw('SELECT pg_advisory_xact_lock(hashtext(?))', ['pvis:constraints']);
    for (const file of files) {
      await trx.raw(fs.readFileSync(path.join(constraintsDir, file), 'utf8'));
    }
  });
  strapi.log.info(`constraints applied: ${files.join(', ')}`);
}
