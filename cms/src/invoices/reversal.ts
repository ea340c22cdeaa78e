import { createId } from '@paralleldrive/cuid2';
import { type Actor, formatBeijingTimeWithZone } from '@pvis/config';
import type { Knex } from 'knex';
import { insertLinks } from '../db/links';
import { conflict, fieldError, notFound } from '../errors';
import { enqueueAt, enqueueMany } from '../jobs/queue';
import type { MailJob } from '../mail/outbox';
import { confirmationHours, reminderHours } from './deadline-rules';
import { invoiceParties } from './invoice-document';
import { type InvoiceRow, lockInvoice, moveInvoice } from './invoice-rows';
import { renderAndMail } from './issue';
import { nextInvoiceNumber } from './numbering';

interface Reverser {
  actor: Actor;
  userId?: number;
  reason: string;
}

/**
 * Called by the refunds code in its transaction when an order becomes fully refunded: reverses
 * the order's issued invoice (红冲), or does nothing when it has none.
 */
export async function reverseInvoiceOfOrder(
  trx: Knex.Transaction,
  orderDocumentId: string,
  reason: string,
): Promise<void> {
  const invoice: InvoiceRow | undefined = await trx('invoices')
    .where({ order_ref: orderDocumentId, invoice_status: 'issued' })
    .forUpdate()
    .first();
  if (!invoice) return;
  await reverseInvoice(trx, invoice, { actor: 'system', reason });
}

/**
 * Reverses an issued invoice. Not deducted by the buyer: a red-letter invoice at once
 * (own number, negative amount, PDF, mail) and the invoice → reversed. Deducted or booked: a
 * red-letter confirmation (红字确认单) the buyer must confirm within 72 hours — invoice →
 * reversalPending, reminder and expiry jobs queued in this transaction. The machine routes.
 */
export async function reverseInvoice(trx: Knex.Transaction, invoice: InvoiceRow, by: Reverser) {
  const deducted = invoice.buyer_deducted === true;
  await moveInvoice(trx, invoice, deducted ? 'raiseRedLetterConfirmation' : 'reverse', by);
  const now = new Date();
  const documentId = createId();
  const deadline = deducted ? new Date(now.getTime() + confirmationHours() * 3600_000) : null;
  const [row] = await trx('red_letter_invoices')
    .insert({
      document_id: documentId,
      invoice_ref: invoice.document_id,
      amount_fen: -invoice.amount_fen,
      reason: by.reason,
      confirmation_required: deducted,
      confirmation_status: deducted ? 'pending' : 'notRequired',
      confirmation_deadline: deadline,
      created_at: now,
      updated_at: now,
      published_at: now,
      locale: null,
    })
    .returning(['id']);
  await insertLinks(trx, 'red-letter-invoice.invoice', [{ owner: row.id, target: invoice.id }]);
  if (!deadline) {
    await issueRedLetter(trx, invoice, documentId, by.reason);
    return;
  }
  const remindAt = new Date(deadline.getTime() - reminderHours() * 3600_000);
  await enqueueAt(
    'red-letter-deadline',
    [
      { data: { documentId, step: 'remind' }, startAfter: remindAt },
      { data: { documentId, step: 'expire' }, startAfter: deadline },
    ],
    trx,
  );
  await queueConfirmationMail(trx, invoice, 'redLetterConfirmationRaised', deadline);
}

/** The red-letter invoice gets its number, time and PDF, and goes to the buyer by mail. */
async function issueRedLetter(
  trx: Knex.Transaction,
  invoice: InvoiceRow,
  documentId: string,
  reason: string,
) {
  const issuedAt = new Date();
  const number = await nextInvoiceNumber(trx, issuedAt);
  await trx('red_letter_invoices')
    .where({ document_id: documentId })
    .update({ invoice_number: number, issued_at: issuedAt, updated_at: issuedAt });
  await renderAndMail(trx, invoice, {
    documentRef: documentId,
    number,
    issuedAt,
    redLetter: { reason },
  });
}

export async function queueConfirmationMail(
  trx: Knex.Transaction,
  invoice: InvoiceRow,
  template: 'redLetterConfirmationRaised' | 'redLetterConfirmationReminder',
  deadline: Date,
) {
  const parties = await invoiceParties(trx, invoice);
  if (!parties.to) return;
  const job: MailJob = {
    to: parties.to,
    template,
    locale: parties.locale,
    data: {
      title: invoice.title,
      orderNumber: String(parties.order.order_number),
      originalNumber: String(invoice.invoice_number),
      deadline: formatBeijingTimeWithZone(deadline),
    },
  };
  await enqueueMany('mail', [job], trx);
}

/** The pending confirmation of an invoice, locked; 404 when there is none. */
async function pendingConfirmation(trx: Knex.Transaction, invoiceRef: string) {
  const row = await trx('red_letter_invoices')
    .where({ invoice_ref: invoiceRef, confirmation_status: 'pending' })
    .forUpdate()
    .first('id', 'document_id', 'reason', 'confirmation_deadline');
  if (!row) throw notFound();
  return row as { id: number; document_id: string; reason: string; confirmation_deadline: Date };
}

/**
 * Finance records that the buyer confirmed the 红字确认单 in the tax system: the red-letter
 * invoice is issued and the invoice reversed. After the deadline it is too late (409): the
 * expiry job lets the invoice stand.
 */
export async function confirmRedLetter(
  trx: Knex.Transaction,
  invoiceDocumentId: string,
  userId?: number,
) {
  const invoice = await lockInvoice(trx, invoiceDocumentId);
  const confirmation =
    invoice.invoice_status === 'reversalPending'
      ? await pendingConfirmation(trx, invoice.document_id)
      : null;
  if (confirmation && new Date(confirmation.confirmation_deadline).getTime() < Date.now()) {
    throw conflict([
      fieldError(
        'confirmationDeadline',
        'confirmationDeadlinePassed',
        '红字确认单已超过 72 小时确认期限',
        'The 72-hour window of the red-letter confirmation has passed',
      ),
    ]);
  }
  await moveInvoice(trx, invoice, 'confirmRedLetter', { actor: 'finance', userId });
  const now = new Date();
  await trx('red_letter_invoices')
    .where('id', confirmation!.id)
    .update({ confirmation_status: 'confirmed', confirmed_at: now, updated_at: now });
  await issueRedLetter(trx, invoice, confirmation!.document_id, confirmation!.reason);
}

/** The deadline passed without the buyer's confirmation: confirmation expired, invoice stands. */
export async function expireRedLetter(trx: Knex.Transaction, redLetterDocumentId: string) {
  const seen = await trx('red_letter_invoices')
    .where({ document_id: redLetterDocumentId })
    .first('invoice_ref');
  if (!seen) return false;
  // Invoice first, then the confirmation: the order confirmRedLetter locks them in.
  const invoice = await lockInvoice(trx, seen.invoice_ref);
  const confirmation = await trx('red_letter_invoices')
    .where({ document_id: redLetterDocumentId })
    .forUpdate()
    .first('id', 'confirmation_status', 'confirmation_deadline');
  if (confirmation?.confirmation_status !== 'pending') return false;
  if (new Date(confirmation.confirmation_deadline).getTime() > Date.now() + 2_000) return false;
  await moveInvoice(trx, invoice, 'expireRedLetter', {
    actor: 'system',
    reason: '红字确认单逾期未确认 / red-letter confirmation not confirmed within 72 hours',
  });
  await trx('red_letter_invoices')
    .where('id', confirmation.id)
    .update({ confirmation_status: 'expired', updated_at: new Date() });
  return true;
}
