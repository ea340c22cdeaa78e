import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { notFound } from '../errors';
import { voucherOf } from './voucher-link';

/**
 * GET /remittances/:id/voucher — the voucher itself, after the caller's scope was checked: read
 * from the local upload folder, or a redirect to object storage when an S3 provider keeps it.
 * Shown inline, so the browser displays the image or PDF.
 */
export async function sendVoucher(strapi: Core.Strapi, ctx: Context, remittanceDocumentId: string) {
  const knex = strapi.db.connection;
  const remittance = await knex('remittances')
    .where({ document_id: remittanceDocumentId })
    .first('id');
  const voucher = remittance ? await voucherOf(knex, remittance.id) : null;
  if (!voucher) throw notFound();
  if (voucher.provider !== 'local') {
    ctx.redirect(voucher.url);
    return;
  }
  const file = path.join(strapi.dirs.static.public, voucher.url);
  if (!fs.existsSync(file)) throw notFound();
  ctx.type = voucher.mime;
  ctx.set('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(voucher.name)}`);
  ctx.set('Cache-Control', 'private, no-store');
  ctx.body = fs.createReadStream(file);
}
