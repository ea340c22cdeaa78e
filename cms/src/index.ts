import type { Core } from '@strapi/strapi';
import { syncRolesAndPermissions } from './access/permissions';
import { watchAccessChanges } from './access/watch-access-changes';
import { applyConstraints } from './bootstrap/apply-constraints';
import { grantEditorAllLocales } from './bootstrap/editor-permissions';
import { ensureLocales } from './bootstrap/locales';
import { seedDemoData } from './bootstrap/seed';
import { startRedLetterDeadlineWorker } from './invoices/red-letter-deadline';
import { startQueue, stopQueue } from './jobs/queue';
import { startMailWorker } from './mail/outbox';
import { startExpiryWorker } from './orders/expiry';
import { startPayments } from './payments/registry';
import { startImportWorker } from './persons/spreadsheet/run-import';
import { startCampaignWorker } from './registration/one-click-campaign';
import { startRetentionWorker } from './retention/schedule';
import { startLimits } from './verification/limits';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    watchAccessChanges(strapi);
    await applyConstraints(strapi);
    await syncRolesAndPermissions(strapi);
    await ensureLocales(strapi);
    await grantEditorAllLocales(strapi);
    if (process.env.SEED_DEMO_DATA !== 'false') await seedDemoData(strapi);
    await startLimits(strapi);
    await startPayments(strapi);
    await startQueue(strapi);
    await startMailWorker(strapi);
    await startCampaignWorker(strapi);
    await startImportWorker(strapi);
    await startExpiryWorker(strapi);
    await startRedLetterDeadlineWorker(strapi);
    await startRetentionWorker(strapi);
  },

  async destroy() {
    await stopQueue();
  },
};
