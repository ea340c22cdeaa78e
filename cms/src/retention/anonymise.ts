import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { aliasedLink } from '../db/links';
import { type AuditEntry, writeAudit } from '../lifecycle/audit';
import {
  editionsPastRetention,
  recordsCutoff,
  retentionBatchSize,
  retentionMonths,
} from './period';

/** What replaces a person's name; the badge-order lines and refunds keep theirs (finance). */
export const ANONYMISED_NAME = '已匿名';
const ANONYMISED_EMAIL_DOMAIN = 'anonymised.invalid';

export interface EditionSummary {
  edition: number;
  persons: number;
  photos: number;
  photosFailed: number;
  colleagueAccounts: number;
  organizations: number;
  expressAddresses: number;
  orderAddressCopies: number;
  invitations: number;
  imports: number;
}
export interface RetentionSummary {
  months: number;
  editions: EditionSummary[];
  verificationCodes: number;
  smsMessages: number;
}

/**
 * Walks `table` by primary key in batches (RETENTION_BATCH_SIZE rows) matching `scope`, runs
 * `set` on the rows that still `need` it: short statements (no long lock on 460,000 persons), each its own
 * commit, and a second run finds nothing left to change. Returns how many rows changed.
 */
async function updateInBatches(
  db: Knex,
  table: string,
  scope: { sql: string; bindings: Knex.RawBinding[] },
  need: string,
  set: string,
) {
  const batch = retentionBatchSize();
  let after = 0;
  let changed = 0;
  for (;;) {
    const { rows } = (await db.raw(
      `with batch as (
         select id from ?? where id > ? and (${scope.sql}) order by id limit ?
       ), changed as (
         update ?? as t set ${set} from batch where t.id = batch.id and (${need}) returning t.id
       )
       select (select max(id) from batch) as last, (select count(*) from changed)::int as changed`,
      [table, after, ...scope.bindings, batch, table],
    )) as { rows: { last: number | null; changed: number }[] };
    if (rows[0].last === null) return changed;
    after = rows[0].last;
    changed += rows[0].changed;
  }
}

/** Deletes rows of `table` created before `cutoff`, a batch at a time. */
async function deleteOlderThan(db: Knex, table: string, cutoff: Date) {
  const batch = retentionBatchSize();
  let deleted = 0;
  for (;;) {
    const count = await db(table)
      .whereIn('id', db(table).select('id').where('created_at', '<', cutoff).limit(batch))
      .delete();
    deleted += count;
    if (count < batch) return deleted;
  }
}

/**
 * The ID photos of the edition's persons go through the upload plugin's `remove`, which deletes
 * the bytes in the configured provider and the file row (and its links). A photo that a later
 * edition's person still uses (brought forward, 往届人员带出) only loses this edition's link.
 * A file the provider refuses to delete is counted and retried on the next run.
 */
async function removeIdPhotos(strapi: Core.Strapi, edition: number) {
  const db = strapi.db.connection;
  const upload = strapi.plugin('upload').service('upload');
  const photoLinks = () =>
    db('files_related_mph as m')
      .join('persons as p', 'p.id', 'm.related_id')
      .where({ 'm.related_type': 'api::person.person', 'm.field': 'idPhoto' });
  let removed = 0;
  const failed = new Set<number>();
  for (;;) {
    const ids: number[] = (
      await photoLinks()
        .where('p.edition_number', edition)
        .whereNotIn('m.file_id', [...failed])
        .distinct('m.file_id')
        .limit(200)
    ).map((row: { file_id: number }) => row.file_id);
    if (ids.length === 0) return { removed, failed: failed.size };
    const shared = new Set<number>(
      (
        await db('files_related_mph as m')
          .whereIn('m.file_id', ids)
          .whereNot((linked) =>
            linked
              .where('m.related_type', 'api::person.person')
              .whereIn('m.related_id', db('persons').select('id').where('edition_number', edition)),
          )
          .distinct('m.file_id')
      ).map((row: { file_id: number }) => row.file_id),
    );
    if (shared.size > 0) {
      await db('files_related_mph')
        .whereIn('file_id', [...shared])
        .where({ related_type: 'api::person.person', field: 'idPhoto' })
        .whereIn('related_id', db('persons').select('id').where('edition_number', edition))
        .delete();
    }
    for (const id of ids.filter((fileId) => !shared.has(fileId))) {
      try {
        const file = await upload.findOne(id);
        if (file) await upload.remove(file);
        removed += 1;
      } catch (error) {
        failed.add(id);
        strapi.log.error(`retention: ID photo file ${id} not removed: ${(error as Error).message}`);
      }
    }
  }
}

async function anonymiseEdition(strapi: Core.Strapi, edition: number): Promise<EditionSummary> {
  const db = strapi.db.connection;
  const ofEdition = { sql: 'edition_number = ?', bindings: [edition] };
  const ofEditionOrganizations = {
    sql: 'organization_ref in (select document_id from organizations where edition_number = ?)',
    bindings: [edition],
  };
  const photos = await removeIdPhotos(strapi, edition);

  // The keyed hash of the ID number (added by the ID-number work) goes with the number.
  const hashColumn = (await db.schema.hasColumn('persons', 'id_number_hash'))
    ? ', id_number_hash = null'
    : '';
  const hashNeed = hashColumn ? ' or t.id_number_hash is not null' : '';
  const persons = await updateInBatches(
    db,
    'persons',
    ofEdition,
    `t.name is distinct from '${ANONYMISED_NAME}' or t.id_number is not null or t.mobile is not null
     or t.email is not null or t.position is not null or t.gender is not null
     or t.rejection_reason is not null${hashNeed}`,
    `name = '${ANONYMISED_NAME}', id_number = null, mobile = null, email = null, position = null,
     gender = null, rejection_reason = null${hashColumn}, updated_at = now()`,
  );

  // Colleague accounts of those persons: no way back in, nothing left that identifies them.
  const colleagueLink = aliasedLink('user.person', 'l');
  const colleagueAccounts = await updateInBatches(
    db,
    'up_users',
    {
      sql: `id in (select ?? from ?? join persons p on p.id = ?? where p.edition_number = ?)`,
      bindings: [colleagueLink.owner, colleagueLink.from, colleagueLink.target, edition],
    },
    `t.email not like '%@${ANONYMISED_EMAIL_DOMAIN}' or t.mobile is not null
     or t.display_name is not null or t.password is not null or t.blocked is not true`,
    `username = 'anonymised-' || t.document_id, email = 'anonymised-' || t.document_id || '@${ANONYMISED_EMAIL_DOMAIN}',
     mobile = null, display_name = null, password = null, reset_password_token = null,
     confirmation_token = null, blocked = true, updated_at = now()`,
  );

  // The organization is a company and stays (finance, statistics); its contact person does not.
  const organizations = await updateInBatches(
    db,
    'organizations',
    ofEdition,
    't.contact_name is not null or t.contact_mobile is not null or t.contact_email is not null or t.contact_phone is not null',
    'contact_name = null, contact_mobile = null, contact_email = null, contact_phone = null, updated_at = now()',
  );
  const expressAddresses = await updateInBatches(
    db,
    'express_addresses',
    ofEditionOrganizations,
    't.recipient is not null or t.mobile is not null or t.street is not null',
    'recipient = null, mobile = null, street = null, updated_at = now()',
  );
  // The order keeps where it went (province, city, district) but not to whom.
  const orderAddressCopies = await updateInBatches(
    db,
    'badge_orders',
    ofEditionOrganizations,
    `jsonb_exists_any(t.express_address_copy, array['recipient', 'mobile', 'street'])`,
    `express_address_copy = t.express_address_copy - 'recipient' - 'mobile' - 'street', updated_at = now()`,
  );
  const invitations = await updateInBatches(
    db,
    'invitations',
    { sql: `edition_number = ? or (${ofEditionOrganizations.sql})`, bindings: [edition, edition] },
    't.email is not null',
    'email = null, updated_at = now()',
  );
  // An import's report quotes rows of the spreadsheet (ID numbers, mobiles).
  const imports = await updateInBatches(
    db,
    'person_imports',
    ofEdition,
    't.report is not null or t.failure is not null',
    'report = null, failure = null, updated_at = now()',
  );
  await db('person_import_files')
    .whereIn(
      'import_ref',
      db('person_imports').select('document_id').where('edition_number', edition),
    )
    .delete();
  return {
    edition,
    persons,
    photos: photos.removed,
    photosFailed: photos.failed,
    colleagueAccounts,
    organizations,
    expressAddresses,
    orderAddressCopies,
    invitations,
    imports,
  };
}

/**
 * One retention run (docs/retention-and-access.md): every edition past its period is anonymised, verification
 * codes and SMS records older than the period are deleted, and the run leaves one audit row per
 * edition and one for the records (review_logs, machine `retention`). Finance records stay whole.
 */
export async function runRetention(
  strapi: Core.Strapi,
  months = retentionMonths(),
  now = new Date(),
): Promise<RetentionSummary> {
  retentionBatchSize(); // a bad setting fails before the first row is touched
  const db = strapi.db.connection;
  const editions: EditionSummary[] = [];
  for (const edition of await editionsPastRetention(db, months, now)) {
    editions.push(await anonymiseEdition(strapi, edition));
  }
  const cutoff = recordsCutoff(months, now);
  const summary: RetentionSummary = {
    months,
    editions,
    verificationCodes: await deleteOlderThan(db, 'verification_codes', cutoff),
    smsMessages: await deleteOlderThan(db, 'sms_messages', cutoff),
  };
  await db.transaction((trx) =>
    writeAudit(trx, [
      ...editions.map(
        (edition): AuditEntry => ({
          machine: 'retention',
          recordRef: `edition-${edition.edition}`,
          action: 'anonymise',
          fromState: '',
          toState: 'anonymised',
          actorRole: 'system',
          reason: JSON.stringify(edition),
        }),
      ),
      {
        machine: 'retention',
        recordRef: 'verification-and-sms',
        action: 'delete',
        fromState: '',
        toState: 'deleted',
        actorRole: 'system',
        reason: JSON.stringify({
          before: cutoff.toISOString(),
          verificationCodes: summary.verificationCodes,
          smsMessages: summary.smsMessages,
        }),
      },
    ]),
  );
  strapi.log.info(`retention: ${JSON.stringify(summary)}`);
  return summary;
}
