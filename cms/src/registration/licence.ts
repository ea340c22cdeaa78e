import type { Core } from '@strapi/strapi';
import { storeCheckedImage, type UploadedFile } from '../uploads/checked-image';

export const LICENCE_MAX_BYTES = 2 * 1024 * 1024;

/** The business licence (营业执照): png/jpg/jpeg by content, at most 2 MB. */
export const storeLicence = (
  strapi: Core.Strapi,
  file: UploadedFile | UploadedFile[] | undefined,
) =>
  storeCheckedImage(strapi, file, {
    kind: 'licence',
    caption: '营业执照',
    maxBytes: LICENCE_MAX_BYTES,
    missing: ['请选择营业执照图片', 'Choose the licence image'],
    tooLarge: ['营业执照图片不能超过 2MB', 'The licence image must be at most 2 MB'],
    wrongType: [
      '营业执照须为 png、jpg 或 jpeg 图片',
      'The licence must be a png, jpg or jpeg image',
    ],
  });
