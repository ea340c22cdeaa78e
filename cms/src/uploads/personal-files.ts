import type { Core, UID } from '@strapi/strapi';
import type { Knex } from 'knex';
import { tableOf } from '../access/sql-filters';

/** The records' media fields that hold personal files; their bytes go with the record. */
export const personalFields: Readonly<Record<string, readonly string[]>> = {
  'api::organization.organization': ['businessLicence'],
  'api::person.person': ['idPhoto'],
  'api::remittance.remittance': ['voucher'],
};

/**
 * Removes these upload-plugin files — rows and bytes, through the plugin's own remove, so the
 * provider deletes them from the private store — unless another record still links one (a person
 * brought forward from a past edition shares its photo).
 */
export async function removeUnlinkedFiles(strapi: Core.Strapi, fileIds: readonly number[]) {
  if (fileIds.length === 0) return;
  const knex = strapi.db.connection;
  const stillLinked = new Set(
    (
      (await knex('files_related_mph').whereIn('file_id', fileIds).distinct('file_id')) as {
        file_id: number;
      }[]
    ).map((row) => row.file_id),
  );
  const unlinked = fileIds.filter((id) => !stillLinked.has(id));
  if (unlinked.length > 0) {
    await strapi.plugin('upload').service('file').deleteByIds(unlinked);
  }
}

/** The personal files linked to a record now (by documentId), read in the given transaction. */
async function personalFilesOf(strapi: Core.Strapi, trx: Knex, uid: string, documentId: string) {
  const { table } = tableOf(strapi, uid as UID.ContentType);
  const rows = (await trx('files_related_mph as m')
    .join(`${table} as r`, 'r.id', 'm.related_id')
    .where({ 'm.related_type': uid, 'r.document_id': documentId })
    .whereIn('m.field', personalFields[uid] as string[])
    .select('m.file_id')) as { file_id: number }[];
  return rows.map((row) => row.file_id);
}

/**
 * A document-service middleware: whatever the entry point (our routes, the lifecycle's delete,
 * the admin, scripts, the retention job), deleting a person, organization or remittance, or
 * linking a new licence / photo / voucher in place of the old one, deletes the old bytes —
 * once the transaction commits, so a rolled-back delete keeps its photo.
 */
export function deletePersonalFilesWithRecords(strapi: Core.Strapi) {
  strapi.documents.use(async (context, next) => {
    const { uid, action } = context;
    const params = (context.params ?? {}) as { documentId?: string; data?: object };
    const fields = personalFields[uid];
    if (!fields || !params.documentId || !['update', 'delete'].includes(action)) return next();
    if (action === 'update' && !fields.some((field) => field in (params.data ?? {}))) {
      return next();
    }
    const documentId = params.documentId;
    const nested = strapi.db.inTransaction();
    let removeNow: (() => Promise<void>) | null = null;
    const result = await strapi.db.transaction(async ({ trx, onCommit }) => {
      const before = await personalFilesOf(strapi, trx, uid, documentId);
      const outcome = await next();
      if (before.length === 0) return outcome;
      const after = new Set(await personalFilesOf(strapi, trx, uid, documentId));
      const gone = before.filter((id) => !after.has(id));
      if (gone.length === 0) return outcome;
      const remove = async () => {
        try {
          await removeUnlinkedFiles(strapi, gone);
        } catch (error) {
          strapi.log.error(`Could not delete personal files ${gone.join(',')}: ${error}`);
        }
      };
      // Inside a caller's transaction the bytes go when it commits; in our own, right after.
      if (nested) onCommit(() => void remove());
      else removeNow = remove;
      return outcome;
    });
    if (removeNow) await (removeNow as () => Promise<void>)();
    return result;
  });
}
