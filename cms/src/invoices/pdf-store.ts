import type { Knex } from 'knex';

/**
 * PDF renditions of invoices and red-letter invoices, by the record's documentId, in PostgreSQL
 * (invoice_pdfs, database/constraints/008-invoices.sql): written once when issued, in the
 * issuing transaction, so a record is issued exactly when its PDF exists.
 */
export const storePdf = (
  trx: Knex.Transaction,
  documentRef: string,
  fileName: string,
  content: Buffer,
) => trx('invoice_pdfs').insert({ document_ref: documentRef, file_name: fileName, content });

export async function loadPdf(knex: Knex, documentRef: string) {
  const row: { file_name: string; content: Buffer } | undefined = await knex('invoice_pdfs')
    .where({ document_ref: documentRef })
    .first('file_name', 'content');
  return row ? { fileName: row.file_name, content: row.content } : null;
}
