import { BEIJING_ZONE } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { queue, work } from '../jobs/queue';
import { runRetention } from './anonymise';
import { retentionBatchSize, retentionMonths } from './period';

/**
 * Anonymises past editions on a schedule (RETENTION_CRON, Beijing time, nightly by default).
 * pg-boss runs a schedule once across all cms instances; a failed run is retried by the queue.
 */
export async function startRetentionWorker(strapi: Core.Strapi) {
  // A bad RETENTION_MONTHS or RETENTION_BATCH_SIZE stops the start, not the first run at night.
  retentionMonths();
  retentionBatchSize();
  await work('retention', async () => {
    await runRetention(strapi);
  });
  const cron = process.env.RETENTION_CRON ?? '30 3 * * *';
  if (cron === 'off') return queue().unschedule('retention');
  await queue().schedule('retention', cron, {}, { tz: BEIJING_ZONE });
}
