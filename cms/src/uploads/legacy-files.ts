import fs from 'node:fs/promises';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import FileType from 'file-type';
import { personalFields } from './personal-files';
import { type PersonalMetadata, personalStores } from './personal-provider';

/** The stored kind (private folder and name) of each personal media field. */
const kindOf: Record<string, string> = {
  businessLicence: 'licence',
  idPhoto: 'id-photo',
  voucher: 'voucher',
};

interface LegacyRow {
  id: number;
  hash: string;
  url: string;
  formats: unknown;
  field: string;
}

/**
 * Personal files stored before they were private sit in public/uploads, served to anyone. At
 * start, each is moved into the private store (typed and named by its bytes again) and its
 * public copies, thumbnails included, are deleted. Nothing to do once moved, so it is cheap.
 */
export async function moveLegacyPersonalFiles(strapi: Core.Strapi) {
  const knex = strapi.db.connection;
  const rows = (await knex('files as f')
    .join('files_related_mph as m', 'm.file_id', 'f.id')
    .where('f.url', 'like', '/uploads/%')
    .where((where) => {
      for (const [uid, fields] of Object.entries(personalFields)) {
        where.orWhere((one) => one.where('m.related_type', uid).whereIn('m.field', fields));
      }
    })
    .distinct('f.id', 'f.hash', 'f.url', 'f.formats', 'm.field')) as LegacyRow[];
  if (rows.length === 0) return;
  const publicDir = path.resolve(strapi.dirs.static.public);
  const publicFile = (url: string) => {
    const file = path.resolve(publicDir, `.${url}`);
    return file.startsWith(`${publicDir}${path.sep}`) ? file : null;
  };
  const { current } = personalStores(strapi);
  let moved = 0;
  for (const row of rows) {
    const source = publicFile(row.url);
    const bytes = source ? await fs.readFile(source).catch(() => null) : null;
    const kind = kindOf[row.field] ?? 'file';
    const type = bytes ? await FileType.fromBuffer(bytes) : undefined;
    const ext = type?.ext ?? 'bin';
    const key = `${kind}/${row.hash.replace(/[^A-Za-z0-9_-]/g, '_')}.${ext}`;
    if (bytes) await current.put(key, bytes, type?.mime ?? 'application/octet-stream');
    const meta: PersonalMetadata = { personalFile: true, store: current.name, key };
    await knex('files')
      .where({ id: row.id })
      .update({
        url: `private:${key}`,
        name: `${kind}.${ext}`,
        ext: `.${ext}`,
        mime: type?.mime ?? 'application/octet-stream',
        formats: null,
        provider_metadata: JSON.stringify(meta),
      });
    const formats = (typeof row.formats === 'string' ? JSON.parse(row.formats) : row.formats) as
      | Record<string, { url?: string }>
      | null
      | undefined;
    const copies = [row.url, ...Object.values(formats ?? {}).map((format) => format.url ?? '')];
    for (const url of copies) {
      const file = url.startsWith('/uploads/') ? publicFile(url) : null;
      if (file) await fs.rm(file, { force: true });
    }
    moved += 1;
  }
  strapi.log.info(`Moved ${moved} personal file(s) from public/uploads to the private store`);
}
