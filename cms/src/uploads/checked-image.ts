import fs from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import FileType from 'file-type';
import { imageSize } from 'image-size';
import { fieldError, invalidFields } from '../errors';

export interface UploadedFile {
  filepath: string;
  size: number;
  originalFilename?: string | null;
  mimetype?: string | null;
}

/** What an image upload must be, and how to say so (zh, en) when it is not. */
export interface ImageRule {
  caption: string;
  maxBytes: number;
  /** Smallest and largest width × height in pixels, when the image is looked at (ID photos). */
  pixels?: { min: [number, number]; max: [number, number] };
  missing: [string, string];
  tooLarge: [string, string];
  wrongType: [string, string];
  wrongPixels?: [string, string];
  /** MIME types accepted by content; png and jpeg when absent (e.g. a voucher also takes PDF). */
  types?: readonly string[];
}

const ALLOWED = new Set(['image/png', 'image/jpeg']);

const refuse = (code: string, [zh, en]: [string, string]) =>
  invalidFields([fieldError('file', code, zh, en)]);

/**
 * A png/jpg judged by its bytes, not its name or the browser's claim, within the rule's size
 * (and pixel) limits; stored through Strapi's upload plugin (local disk, or S3 by env).
 */
export async function storeCheckedImage(
  strapi: Core.Strapi,
  file: UploadedFile | UploadedFile[] | undefined,
  rule: ImageRule,
) {
  const upload = Array.isArray(file) ? file[0] : file;
  if (!upload) throw refuse('missingFile', rule.missing);
  if (upload.size > rule.maxBytes) throw refuse('fileTooLarge', rule.tooLarge);
  const type = await FileType.fromFile(upload.filepath);
  if (!type || !(rule.types ? rule.types.includes(type.mime) : ALLOWED.has(type.mime)))
    throw refuse('fileType', rule.wrongType);
  if (rule.pixels) {
    const { width = 0, height = 0 } = imageSize(await fs.readFile(upload.filepath));
    const { min, max } = rule.pixels;
    if (width < min[0] || height < min[1] || width > max[0] || height > max[1]) {
      throw refuse('imagePixels', rule.wrongPixels ?? rule.wrongType);
    }
  }
  const [stored] = await strapi
    .plugin('upload')
    .service('upload')
    .upload({
      data: {
        fileInfo: {
          name: upload.originalFilename ?? `${rule.caption}.${type.ext}`,
          caption: rule.caption,
        },
      },
      files: { ...upload, mimetype: type.mime },
    });
  return stored as { id: number; url: string };
}
