import type { Core } from '@strapi/strapi';
import FileType from 'file-type';
import { fieldError, invalidFields } from '../errors';

export const LICENCE_MAX_BYTES = 2 * 1024 * 1024;
const ALLOWED = new Set(['image/png', 'image/jpeg']);

interface UploadedFile {
  filepath: string;
  size: number;
  originalFilename?: string | null;
  mimetype?: string | null;
}

/**
 * The business licence (营业执照): png/jpg/jpeg judged by the file's bytes, not its name or the
 * browser's claim; at most 2 MB. Stored through Strapi's upload plugin (local disk, or S3 by env).
 */
export async function storeLicence(
  strapi: Core.Strapi,
  file: UploadedFile | UploadedFile[] | undefined,
) {
  const upload = Array.isArray(file) ? file[0] : file;
  if (!upload)
    throw invalidFields([
      fieldError('file', 'missingFile', '请选择营业执照图片', 'Choose the licence image'),
    ]);
  if (upload.size > LICENCE_MAX_BYTES) {
    throw invalidFields([
      fieldError(
        'file',
        'licenceTooLarge',
        '营业执照图片不能超过 2MB',
        'The licence image must be at most 2 MB',
      ),
    ]);
  }
  const type = await FileType.fromFile(upload.filepath);
  if (!type || !ALLOWED.has(type.mime)) {
    throw invalidFields([
      fieldError(
        'file',
        'licenceType',
        '营业执照须为 png、jpg 或 jpeg 图片',
        'The licence must be a png, jpg or jpeg image',
      ),
    ]);
  }
  const [stored] = await strapi
    .plugin('upload')
    .service('upload')
    .upload({
      data: {
        fileInfo: { name: upload.originalFilename ?? `licence.${type.ext}`, caption: '营业执照' },
      },
      files: { ...upload, mimetype: type.mime },
    });
  return stored as { id: number; url: string };
}
