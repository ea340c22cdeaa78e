import type { Core } from '@strapi/strapi';
import { tableOf } from '../access/sql-filters';
import { hashIdNumber, keyFingerprint } from './hash';

const PERSON = 'api::person.person';
const BATCH = 1000;

/**
 * The server keeps `idNumberHash` beside `idNumber` on every document-service write of a person
 * (the form, generic PUT, bring-forward, the colleague link, the seed, scripts): computed from the
 * number being written, never taken from the caller. Set-based SQL writers (the spreadsheet
 * import) hash themselves; anything else is caught by the backfill at the next start.
 */
export function keepIdNumberHashes(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    if (context.uid === PERSON && (context.action === 'create' || context.action === 'update')) {
      const data = (context.params as { data?: Record<string, unknown> }).data;
      if (data && typeof data === 'object') {
        if ('idNumber' in data) data.idNumberHash = hashIdNumber(data.idNumber);
        else delete data.idNumberHash;
      }
    }
    return next();
  });
}

/**
 * At start: hashes the persons that have none, or one made with another key (its fingerprint
 * differs), in batches — rows written before this column existed, by SQL scripts (the CIIE-scale
 * generator), or before a key rotation. Idempotent; several instances starting together only
 * repeat each other's work.
 */
export async function backfillIdNumberHashes(strapi: Core.Strapi) {
  const { table, columns } = tableOf(strapi, PERSON);
  const number = columns.get('idNumber')!.column;
  const hash = columns.get('idNumberHash')!.column;
  const current = `${keyFingerprint()}:`;
  const knex = strapi.db.connection;
  let after = 0;
  let updated = 0;
  for (;;) {
    const rows = (await knex(table)
      .select('id', `${number} as number`)
      .where('id', '>', after)
      .whereNotNull(number)
      .where((q) =>
        q.whereNull(hash).orWhereRaw('left(??, ?) <> ?', [hash, current.length, current]),
      )
      .orderBy('id')
      .limit(BATCH)) as { id: number; number: string }[];
    if (rows.length === 0) break;
    after = rows[rows.length - 1]!.id;
    await knex.raw(
      `UPDATE ?? AS p SET ?? = v.h
         FROM (SELECT unnest(?::int[]) AS id, unnest(?::text[]) AS h) AS v
        WHERE p.id = v.id`,
      [table, hash, rows.map((r) => r.id), rows.map((r) => hashIdNumber(r.number))],
    );
    updated += rows.length;
  }
  if (updated > 0) strapi.log.info(`ID number hashes written for ${updated} persons`);
}
