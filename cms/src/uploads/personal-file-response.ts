import type { Readable } from 'node:stream';
import type { Core, UID } from '@strapi/strapi';
import type { Context } from 'koa';
import { tableOf } from '../access/sql-filters';
import { notFound } from '../errors';
import { openPersonalFile, personalMetadataOf } from './personal-provider';

/**
 * Checked types and the extension a download carries: the stored type decides, never a name.
 * None of them can run script, so no HTML or SVG is ever answered from the cms origin.
 */
const extensionOf: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'application/pdf': 'pdf',
};

export interface PersonalFileAnswer {
  body: Buffer | Readable;
  /** The type judged from the bytes when stored (magic bytes), or the type we produced (PDFs). */
  mime: string;
  /** The download's name without extension; the extension follows from `mime`. */
  baseName: string;
  /** `inline` to show in the browser (images, vouchers), `attachment` to save (invoices). */
  disposition: 'inline' | 'attachment';
}

/**
 * Answers with a personal file after the caller's scope was checked (the route's job): the type
 * from the checked content, a name with its extension, nosniff so no browser guesses a page out
 * of it, and no caching outside the caller's browser. Licences, ID photos, vouchers, invoice and
 * red-letter PDFs (and badge PDFs) all answer through here.
 */
export function sendPersonalFile(ctx: Context, answer: PersonalFileAnswer) {
  const extension = extensionOf[answer.mime];
  if (!extension) throw notFound();
  const fileName = `${answer.baseName}.${extension}`;
  const ascii = fileName.replace(/[^A-Za-z0-9._-]/g, '_');
  ctx.set('Content-Type', answer.mime);
  ctx.set(
    'Content-Disposition',
    `${answer.disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
  );
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Cache-Control', 'private, no-store');
  ctx.body = answer.body;
}

export interface StoredFileRow {
  id: number;
  mime: string;
  provider_metadata?: unknown;
}

/**
 * A file kept by the upload plugin's private store (uploads/personal-provider.ts), answered
 * through sendPersonalFile; 404 when there is none or its bytes are gone.
 */
export async function sendStoredFile(
  strapi: Core.Strapi,
  ctx: Context,
  file: StoredFileRow | null | undefined,
  baseName: string,
  disposition: PersonalFileAnswer['disposition'] = 'inline',
) {
  const meta = personalMetadataOf(file);
  const body = meta ? await openPersonalFile(strapi, meta) : null;
  if (!file || !body) throw notFound();
  sendPersonalFile(ctx, { body, mime: file.mime, baseName, disposition });
}

/** The upload plugin's file row linked to a record's media field (e.g. a person's `idPhoto`). */
export async function linkedFile(
  strapi: Core.Strapi,
  uid: string,
  documentId: string,
  field: string,
): Promise<StoredFileRow | null> {
  const knex = strapi.db.connection;
  const { table } = tableOf(strapi, uid as UID.ContentType);
  const row = await knex('files as f')
    .join('files_related_mph as m', 'm.file_id', 'f.id')
    .join(`${table} as r`, 'r.id', 'm.related_id')
    .where({ 'm.related_type': uid, 'm.field': field, 'r.document_id': documentId })
    .first('f.id', 'f.mime', 'f.provider_metadata');
  return row ?? null;
}
