import fs from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import FileType from 'file-type';
import { imageSize } from 'image-size';
import { fieldError, invalidFields } from '../errors';
import { PERSONAL_PATH } from './personal-provider';

export interface UploadedFile {
  filepath: string;
  size: number;
  originalFilename?: string | null;
  mimetype?: string | null;
}

/** What an image upload must be, and how to say so (zh, en) when it is not. */
export interface ImageRule {
  caption: string;
  /** The personal file's kind: its private folder and its stored name (`<kind>.<checked ext>`). */
  kind: 'licence' | 'id-photo' | 'voucher';
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
 * (and pixel) limits; stored through Strapi's upload plugin as a personal file (private store,
 * uploads/personal-provider.ts), named by its checked type: the uploaded name is not kept.
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
  const name = `${rule.kind}.${type.ext}`;
  const [stored] = await strapi
    .plugin('upload')
    .service('upload')
    .upload({
      data: { fileInfo: { name, caption: rule.caption }, path: `${PERSONAL_PATH}/${rule.kind}` },
      files: { ...upload, originalFilename: name, mimetype: type.mime },
    });
  return stored as { id: number; url: string };
}
