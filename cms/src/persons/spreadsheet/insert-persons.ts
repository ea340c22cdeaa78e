import { createId } from '@paralleldrive/cuid2';
import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { insertLinks } from '../../db/links';
import { hashIdNumber } from '../../id-numbers/hash';
import { type Admission, stampsForNewPersons } from '../admission';
import type { PersonData } from './check-rows';

const CHUNK = 1000;

/** The person columns the liaison fills in, field → column. */
const COLUMNS: Record<string, string> = {
  name: 'name',
  gender: 'gender',
  regionType: 'region_type',
  idType: 'id_type',
  idNumber: 'id_number',
  position: 'position',
  personTag: 'person_tag',
  entryDateOption: 'entry_date_option',
  badgeType: 'badge_type',
  mobile: 'mobile',
  email: 'email',
};

/**
 * Inserts imported persons with set-based SQL inside the caller's transaction, writing exactly
 * what Strapi's document service writes for a person created by the form (columns, defaults,
 * document id, timestamps, the `organization` link row), with the server's stamps (number,
 * organization, edition) and source `import`. A hot path in SQL (docs/architecture.md): one by
 * one through `POST /api/persons`, 5,000 persons would take over ten minutes; the whole import
 * takes seconds (`npm run bench -- import`, figures in docs/performance.md).
 * A person already there (a form raced the import) is skipped by the unique index and returned
 * in `skipped`.
 */
export async function insertPersons(
  strapi: Core.Strapi,
  trx: Knex.Transaction,
  admission: Admission,
  rows: { row: number; data: PersonData }[],
): Promise<{ inserted: number; skipped: number[] }> {
  if (rows.length === 0) return { inserted: 0, skipped: [] };
  const organization = await trx('organizations')
    .where({ document_id: admission.organizationRef })
    .first('id');
  const stamps = await stampsForNewPersons(strapi, admission, rows.length);
  const now = new Date();
  const skipped: number[] = [];
  let inserted = 0;
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    const records = chunk.map(({ data }, i) => {
      const stamp = stamps[start + i]!;
      const record: Record<string, unknown> = {
        document_id: createId(),
        edition_number: stamp.editionNumber,
        organization_ref: stamp.organizationRef,
        person_number: stamp.personNumber,
        person_status: 'draft',
        payment_status: 'unpaid',
        source: 'import',
        badge_reuse: false,
        created_at: now,
        updated_at: now,
        published_at: now,
        created_by_id: null,
        updated_by_id: null,
        locale: null,
      };
      for (const [field, column] of Object.entries(COLUMNS)) record[column] = data[field] ?? null;
      // What the document service's middleware keeps for the form (id-numbers/keep-hash.ts).
      record.id_number_hash = hashIdNumber(data.idNumber);
      // The form's default: the edition's first entry-date option (persons/admission.ts).
      record.entry_date_option = data.entryDateOption ?? admission.entryDateOptions[0] ?? null;
      return record;
    });
    const done = (await trx('persons')
      .insert(records)
      .onConflict()
      .ignore()
      .returning(['id', 'document_id'])) as { id: number; document_id: string }[];
    const insertedIds = new Set(done.map((r) => r.document_id));
    records.forEach((record, i) => {
      if (!insertedIds.has(String(record.document_id))) skipped.push(chunk[i]!.row);
    });
    if (organization) {
      await insertLinks(
        trx,
        'person.organization',
        done.map((r) => ({ owner: r.id, target: organization.id })),
      );
    }
    inserted += done.length;
  }
  return { inserted, skipped };
}
