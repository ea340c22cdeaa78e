import type { Core } from '@strapi/strapi';
import type { Knex } from 'knex';
import { loadPdf } from '../invoices/pdf-store';
import { enqueue, enqueueMany, work } from '../jobs/queue';
import type { MailRequest } from '../lifecycle/notifications';
import { type MailLocale, type TemplateData, type TemplateName, templates } from './templates';

interface MailJob {
  to: string;
  template: TemplateName;
  locale: MailLocale;
  data: Record<string, unknown>;
  /** What to stamp when it went out (e.g. an invitation's sentAt). */
  onSent?: { uid: string; documentId: string; field: string };
  /** Stored PDFs (invoices) attached by reference, read when the mail goes out: the job stays small. */
  attachments?: { pdfRef: string }[];
}

export type { MailJob };

/** The stored PDFs a mail carries, as nodemailer attachments; a missing one fails the attempt. */
async function attachmentsOf(strapi: Core.Strapi, job: MailJob) {
  if (!job.attachments?.length) return undefined;
  return Promise.all(
    job.attachments.map(async ({ pdfRef }) => {
      const pdf = await loadPdf(strapi.db.connection, pdfRef);
      if (!pdf) throw new Error(`mail attachment ${pdfRef} is not stored`);
      return { filename: pdf.fileName, content: pdf.content, contentType: 'application/pdf' };
    }),
  );
}

/** Queues an email; it is rendered and sent by the worker, retried while SMTP is down. */
export function queueMail<N extends TemplateName>(
  to: string,
  template: N,
  data: TemplateData<N>,
  locale: MailLocale = 'zh-CN',
  onSent?: MailJob['onSent'],
) {
  return enqueue('mail', { to, template, locale, data, onSent } satisfies MailJob);
}

/** Queues prepared mails (lifecycle notifications) in one statement, in `trx` when given. */
export const queueMails = (mails: MailRequest[], trx?: Knex.Transaction) =>
  enqueueMany('mail', mails, trx);

export async function startMailWorker(strapi: Core.Strapi) {
  await work<MailJob>('mail', async (job) => {
    const render = templates[job.template] as (
      d: unknown,
      l: MailLocale,
    ) => { subject: string; text: string };
    const { subject, text } = render(job.data, job.locale);
    const attachments = await attachmentsOf(strapi, job);
    await strapi
      .plugin('email')
      .service('email')
      .send({ to: job.to, subject, text, ...(attachments ? { attachments } : {}) });
    if (job.onSent) {
      await strapi.documents(job.onSent.uid as never).update({
        documentId: job.onSent.documentId,
        data: { [job.onSent.field]: new Date().toISOString() },
      });
    }
  });
}
