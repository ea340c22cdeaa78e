import type { Knex } from 'knex';

/**
 * How long after an edition's last day its personal data is kept (RETENTION_MONTHS, default 18):
 * long enough for the next edition's registration to bring forward and reuse last year's
 * persons (an edition a year), short enough not to hold ID numbers for years (PIPL art. 19:
 * no longer than the purpose needs).
 */
export function retentionMonths(value = process.env.RETENTION_MONTHS) {
  if (value === undefined || value === '') return 18;
  const months = Number(value);
  if (!Number.isInteger(months) || months < 1) {
    throw new Error(`RETENTION_MONTHS must be a whole number of months ≥ 1, not "${value}"`);
  }
  return months;
}

/**
 * Rows per statement of a retention run (RETENTION_BATCH_SIZE, default 2000). Checked like the
 * period: 0 would loop forever on the deletes, and a negative or non-number fails every night.
 */
export function retentionBatchSize(value = process.env.RETENTION_BATCH_SIZE) {
  if (value === undefined || value === '') return 2000;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`RETENTION_BATCH_SIZE must be a whole number of rows ≥ 1, not "${value}"`);
  }
  return size;
}

/** The editions whose end date plus the retention period has passed (never the current one). */
export async function editionsPastRetention(
  db: Knex,
  months = retentionMonths(),
  now = new Date(),
): Promise<number[]> {
  const rows: { number: number }[] = await db('editions')
    .whereNotNull('ends_on')
    .whereRaw('current is not true')
    .whereNotNull('number')
    .whereRaw(`ends_on + make_interval(months => ?) < ?::date`, [months, now.toISOString()])
    .distinct('number')
    .orderBy('number');
  return rows.map((row) => Number(row.number));
}

/** Verification codes and SMS records older than this are deleted (same period, from now). */
export function recordsCutoff(months = retentionMonths(), now = new Date()) {
  const cutoff = new Date(now);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  return cutoff;
}
