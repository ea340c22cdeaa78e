import type { Core } from '@strapi/strapi';
import { queue, work } from '../jobs/queue';
import { reminderHours } from './deadline-rules';
import type { InvoiceRow } from './invoice-rows';
import { expireRedLetter, queueConfirmationMail } from './reversal';

interface DeadlineJob {
  /** One confirmation and what is due for it; absent for the periodic sweep. */
  documentId?: string;
  step?: 'remind' | 'expire';
}

// A job that fires a moment before the stored time (clocks of two machines) still counts.
const TOLERANCE_MS = 2_000;

/** The reminder mail, once, while the confirmation is still pending and the reminder is due. */
async function remindIfDue(strapi: Core.Strapi, documentId: string) {
  await strapi.db.transaction(async ({ trx }) => {
    const row = await trx('red_letter_invoices')
      .where({ document_id: documentId })
      .forUpdate()
      .first(
        'id',
        'invoice_ref',
        'confirmation_status',
        'confirmation_deadline',
        'reminder_sent_at',
      );
    if (row?.confirmation_status !== 'pending' || row.reminder_sent_at) return;
    const deadline = new Date(row.confirmation_deadline);
    if (deadline.getTime() <= Date.now()) return; // too late to remind: the expiry decides
    const due = deadline.getTime() - reminderHours() * 3600_000;
    if (due > Date.now() + TOLERANCE_MS) return;
    // Read, not locked: locks go invoice first, then confirmation (confirm and expire do so).
    const invoice: InvoiceRow = await trx('invoices')
      .where({ document_id: row.invoice_ref })
      .first();
    await queueConfirmationMail(trx, invoice, 'redLetterConfirmationReminder', deadline);
    await trx('red_letter_invoices')
      .where('id', row.id)
      .update({ reminder_sent_at: new Date(), updated_at: new Date() });
  });
}

const expireIfDue = (strapi: Core.Strapi, documentId: string) =>
  strapi.db.transaction(({ trx }) => expireRedLetter(trx, documentId));

/**
 * Each confirmation's own delayed jobs (queued with it, reversal.ts), and a sweep every five
 * minutes for any whose job was lost: reminders due and not sent, deadlines passed.
 */
export async function startRedLetterDeadlineWorker(strapi: Core.Strapi) {
  await work<DeadlineJob>('red-letter-deadline', async (job) => {
    if (job.documentId) {
      return job.step === 'remind'
        ? remindIfDue(strapi, job.documentId)
        : void (await expireIfDue(strapi, job.documentId));
    }
    const pending: { document_id: string }[] = await strapi.db
      .connection('red_letter_invoices')
      .where({ confirmation_status: 'pending' })
      .where('confirmation_deadline', '<', new Date(Date.now() + reminderHours() * 3600_000))
      .limit(500)
      .select('document_id');
    for (const row of pending) {
      await remindIfDue(strapi, row.document_id);
      await expireIfDue(strapi, row.document_id);
    }
  });
  await queue().schedule('red-letter-deadline', '*/5 * * * *', {} satisfies DeadlineJob);
}
