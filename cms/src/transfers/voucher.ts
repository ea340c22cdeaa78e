import type { Core } from '@strapi/strapi';
import { storeCheckedImage, type UploadedFile } from '../uploads/checked-image';

const maxBytes = () => Number(process.env.REMITTANCE_VOUCHER_MAX_BYTES) || 5 * 1024 * 1024;

/** The remittance voucher (汇款凭证): a jpg/png photo or scan, or the bank's PDF receipt, by content. */
export const storeVoucher = (
  strapi: Core.Strapi,
  file: UploadedFile | UploadedFile[] | undefined,
) => {
  const megabytes = Math.round(maxBytes() / 1024 / 1024);
  return storeCheckedImage(strapi, file, {
    kind: 'voucher',
    caption: '汇款凭证',
    maxBytes: maxBytes(),
    types: ['image/png', 'image/jpeg', 'application/pdf'],
    missing: ['请上传汇款凭证', 'Upload the remittance voucher'],
    tooLarge: [
      `汇款凭证不能超过 ${megabytes}MB`,
      `The remittance voucher must be at most ${megabytes} MB`,
    ],
    wrongType: [
      '汇款凭证须为 jpg、png 图片或 PDF 文件',
      'The remittance voucher must be a jpg or png image or a PDF',
    ],
  });
};
