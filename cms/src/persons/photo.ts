import type { Core } from '@strapi/strapi';
import { storeCheckedImage, type UploadedFile } from '../uploads/checked-image';

/** ID photo (证件照): jpg/png by content, ≤ 2 MB, from a 1-inch photo (295×413) up to 3000×4000. */
export const storeIdPhoto = (
  strapi: Core.Strapi,
  file: UploadedFile | UploadedFile[] | undefined,
) =>
  storeCheckedImage(strapi, file, {
    kind: 'id-photo',
    caption: '证件照',
    maxBytes: 2 * 1024 * 1024,
    pixels: { min: [295, 413], max: [3000, 4000] },
    missing: ['请选择证件照', 'Choose the ID photo'],
    tooLarge: ['证件照不能超过 2MB', 'The ID photo must be at most 2 MB'],
    wrongType: ['证件照须为 jpg 或 png 图片', 'The ID photo must be a jpg or png image'],
    wrongPixels: [
      '证件照尺寸须在 295×413 到 3000×4000 像素之间',
      'The ID photo must be between 295×413 and 3000×4000 pixels',
    ],
  });
