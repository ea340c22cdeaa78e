import QRCode from 'qrcode';

/** The link as a PNG QR code, large enough to print on a poster or show on a projector. */
export const qrPng = (link: string) =>
  QRCode.toBuffer(link, { type: 'png', width: 480, margin: 2, errorCorrectionLevel: 'M' });
