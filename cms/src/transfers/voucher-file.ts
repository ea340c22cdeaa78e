import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { linkedFile, sendStoredFile } from '../uploads/personal-file-response';

/**
 * GET /remittances/:id/voucher — the voucher itself, after the caller's scope was checked, from
 * the private store; shown inline, so the browser displays the image or PDF.
 */
export async function sendVoucher(strapi: Core.Strapi, ctx: Context, remittanceDocumentId: string) {
  const file = await linkedFile(
    strapi,
    'api::remittance.remittance',
    remittanceDocumentId,
    'voucher',
  );
  await sendStoredFile(strapi, ctx, file, 'voucher');
}
