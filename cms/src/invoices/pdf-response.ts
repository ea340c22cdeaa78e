import type { Knex } from 'knex';
import type { Context } from 'koa';
import { notFound } from '../errors';
import { sendPersonalFile } from '../uploads/personal-file-response';
import { loadPdf } from './pdf-store';

/** Answers with the stored PDF of an issued invoice or red-letter invoice; 404 before issuing. */
export async function sendPdf(ctx: Context, knex: Knex, documentRef: string) {
  const pdf = await loadPdf(knex, documentRef);
  if (!pdf) throw notFound();
  sendPersonalFile(ctx, {
    body: pdf.content,
    mime: 'application/pdf',
    baseName: pdf.fileName.replace(/\.pdf$/i, ''),
    disposition: 'attachment',
  });
}
