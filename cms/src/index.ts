import type { Core } from '@strapi/strapi';
import { syncRolesAndPermissions } from './access/permissions';
import { watchAccessChanges } from './access/watch-access-changes';
import { assertBadgeKeySettings } from './badges/signing-keys';
import { hideBusinessTypes } from './bootstrap/admin-visibility';
import { applyConstraints } from './bootstrap/apply-constraints';
import { limitAdminToEditorial } from './bootstrap/editor-permissions';
import { ensureLocales } from './bootstrap/locales';
import { seedDemoData } from './bootstrap/seed';
import { guardFields } from './document-middlewares/guard-fields';
import { assertHashKey } from './id-numbers/hash';
import { backfillIdNumberHashes, keepIdNumberHashes } from './id-numbers/keep-hash';
import { startRedLetterDeadlineWorker } from './invoices/red-letter-deadline';
import { startQueue, stopQueue } from './jobs/queue';
import { startMailWorker } from './mail/outbox';
import { startExpiryWorker } from './orders/expiry';
import { startPayments } from './payments/registry';
import { startImportWorker } from './persons/spreadsheet/run-import';
import { startRefundConfirmationWorker } from './refunds/confirm';
import { startCampaignWorker } from './registration/one-click-campaign';
import { startRetentionWorker } from './retention/schedule';
import { moveLegacyPersonalFiles } from './uploads/legacy-files';
import { deletePersonalFilesWithRecords } from './uploads/personal-files';
import { keepPersonalFilesPrivate } from './uploads/personal-provider';
import { startLimits } from './verification/limits';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    // Personal files: a private store, bytes deleted with their record (docs/personal-files.md).
    keepPersonalFilesPrivate(strapi);
    deletePersonalFilesWithRecords(strapi);
    assertHashKey();
    // Badge keys are read when first needed, but a malformed one stops start-up here.
    assertBadgeKeySettings();
    keepIdNumberHashes(strapi);
    // Issue 10, finding 4: the admin edits editorial content only; guarded fields change only
    // through the lifecycle services, whatever the entry point.
    hideBusinessTypes(strapi);
    strapi.documents.use(guardFields(strapi) as never);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    watchAccessChanges(strapi);
    await applyConstraints(strapi);
    await moveLegacyPersonalFiles(strapi);
    await syncRolesAndPermissions(strapi);
    await ensureLocales(strapi);
    await limitAdminToEditorial(strapi);
    if (process.env.SEED_DEMO_DATA !== 'false') await seedDemoData(strapi);
    await backfillIdNumberHashes(strapi);
    await startLimits(strapi);
    await startPayments(strapi);
    await startQueue(strapi);
    await startMailWorker(strapi);
    await startCampaignWorker(strapi);
    await startImportWorker(strapi);
    await startExpiryWorker(strapi);
    await startRedLetterDeadlineWorker(strapi);
    await startRefundConfirmationWorker(strapi);
    await startRetentionWorker(strapi);
  },

  async destroy() {
    await stopQueue();
  },
};
