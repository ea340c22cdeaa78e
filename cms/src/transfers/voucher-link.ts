import type { Knex } from 'knex';

const REMITTANCE = 'api::remittance.remittance';

/** The remittance's `voucher` media field: the upload plugin's polymorphic link row. */
export async function linkVoucher(trx: Knex.Transaction, remittanceId: number, fileId: number) {
  await trx('files_related_mph').insert({
    file_id: fileId,
    related_id: remittanceId,
    related_type: REMITTANCE,
    field: 'voucher',
    order: 1,
  });
}

/** The stored voucher of a remittance, or null. */
export async function voucherOf(knex: Knex, remittanceId: number) {
  return ((await knex('files as f')
    .join('files_related_mph as m', 'm.file_id', 'f.id')
    .where({ 'm.related_id': remittanceId, 'm.related_type': REMITTANCE, 'm.field': 'voucher' })
    .first('f.id', 'f.url', 'f.mime', 'f.name', 'f.size', 'f.provider')) ?? null) as {
    id: number;
    url: string;
    mime: string;
    name: string;
    size: number;
    provider: string;
  } | null;
}
