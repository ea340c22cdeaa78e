import { invoiceNumber } from '@pvis/config';
import type { Knex } from 'knex';
import { seller } from './seller';

/** The next 数电 number (config/src/invoices/invoice-number.ts) from the invoice_numbers sequence. */
export async function nextInvoiceNumber(trx: Knex.Transaction, at: Date) {
  const result = await trx.raw(`SELECT nextval('invoice_numbers') AS serial`);
  return invoiceNumber(Number(result.rows[0].serial), at, seller().provinceCode);
}
