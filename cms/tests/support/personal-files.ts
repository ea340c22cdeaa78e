import { beijingDay } from '@pvis/config';
import sharp from 'sharp';
import type supertest from 'supertest';
import { expect } from 'vitest';
import type { App } from './orders';

/**
 * The personal-files tests' common ground (personal-files*.test.ts): images and a PDF to
 * upload, the upload plugin's row behind a record's licence / photo / voucher, the keys its bytes
 * and thumbnails have in the private store, and what every answer of a personal file must carry.
 */
export const png = (width = 358, height = 441) =>
  sharp({ create: { width, height, channels: 3, background: '#d0e4ff' } })
    .png()
    .toBuffer();
export const pdf = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
export const today = beijingDay(new Date());

export interface FileRow {
  id: number;
  name: string;
  hash: string;
  ext: string;
  url: string;
  mime: string;
  formats: Record<string, { hash: string; ext: string; provider_metadata?: { key: string } }>;
  provider_metadata: { personalFile: boolean; store: string; key: string } | null;
}

/** The upload plugin's row linked to a record's media field. */
export async function linkedFile(
  app: App,
  uid: string,
  table: string,
  documentId: string,
  field: string,
) {
  const row = await app
    .strapi()
    .db.connection('files as f')
    .join('files_related_mph as m', 'm.file_id', 'f.id')
    .join(`${table} as r`, 'r.id', 'm.related_id')
    .where({ 'm.related_type': uid, 'm.field': field, 'r.document_id': documentId })
    .first('f.*');
  if (!row) return undefined;
  // JSON columns come back as text through knex.
  const json = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);
  return {
    ...row,
    formats: json(row.formats),
    provider_metadata: json(row.provider_metadata),
  } as FileRow;
}
export const licenceOf = (app: App, id: string) =>
  linkedFile(app, 'api::organization.organization', 'organizations', id, 'businessLicence');
export const photoOf = (app: App, id: string) =>
  linkedFile(app, 'api::person.person', 'persons', id, 'idPhoto');
export const voucherOf = (app: App, id: string) =>
  linkedFile(app, 'api::remittance.remittance', 'remittances', id, 'voucher');

/** Every key the file and its thumbnails keep in the private store. */
export const keysOf = (file: FileRow) => [
  file.provider_metadata!.key,
  ...Object.values(file.formats ?? {}).map((format) => format.provider_metadata!.key),
];
/** Where Strapi's public local provider would have put it, by stored and by uploaded name. */
export const publicAddresses = (file: FileRow, uploadedExt: string) => [
  `/uploads/${file.hash}${file.ext}`,
  `/uploads/${file.hash}${uploadedExt}`,
];

/** supertest collects binary bodies into a Buffer with this parser. */
export const binary = (request: supertest.Test) =>
  request.buffer(true).parse((response, done) => {
    const chunks: Buffer[] = [];
    response.on('data', (chunk: Buffer) => chunks.push(chunk));
    response.on('end', () => done(null, Buffer.concat(chunks)));
  });

export function expectPrivateAnswer(
  response: supertest.Response,
  mime: string,
  disposition: string,
  fileName: string,
) {
  expect(response.status, response.text).toBe(200);
  expect(response.headers['content-type']).toBe(mime);
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['cache-control']).toBe('private, no-store');
  expect(response.headers['content-disposition']).toMatch(
    new RegExp(`^${disposition}; filename="${fileName.replace('.', '\\.')}"`),
  );
}
