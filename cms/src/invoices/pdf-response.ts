import type { Knex } from 'knex';
import type { Context } from 'koa';
import { notFound } from '../errors';
import { loadPdf } from './pdf-store';

/** Answers with the stored PDF of an issued invoice or red-letter invoice; 404 before issuing. */
export async function sendPdf(ctx: Context, knex: Knex, documentRef: string) {
  const pdf = await loadPdf(knex, documentRef);
  if (!pdf) throw notFound();
  ctx.set('Content-Type', 'application/pdf');
  ctx.set('Content-Disposition', `attachment; filename="${pdf.fileName}"`);
  ctx.body = pdf.content;
}
