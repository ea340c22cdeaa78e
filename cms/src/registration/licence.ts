import { licenceUpload } from '@pvis/config';
import type { Core } from '@strapi/strapi';
import { storeCheckedImage, type UploadedFile } from '../uploads/checked-image';

/** The business licence (营业执照): png/jpg/jpeg by content, at most 2 MB (licenceUpload). */
export const storeLicence = (
  strapi: Core.Strapi,
  file: UploadedFile | UploadedFile[] | undefined,
) =>
  storeCheckedImage(strapi, file, {
    kind: 'licence',
    caption: '营业执照',
    maxBytes: licenceUpload.maxBytes,
    types: licenceUpload.mimeTypes,
    missing: ['请选择营业执照图片', 'Choose the licence image'],
    tooLarge: [licenceUpload.tooLarge.zh, licenceUpload.tooLarge.en],
    wrongType: [licenceUpload.wrongType.zh, licenceUpload.wrongType.en],
  });
