import { Empty, Image, Skeleton } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchBlob } from '../../providers/download';
import { VoucherLink } from './VoucherLink';

/** The voucher for finance: an image shown at once (fetched with the JWT), a PDF as a link. */
export const VoucherPreview = ({ voucher }: { voucher: { url: string; mime: string } | null }) => {
  const { t } = useTranslation();
  const [src, setSrc] = useState<string | null>(null);
  const isImage = !!voucher?.mime.startsWith('image/');
  useEffect(() => {
    if (!voucher || !isImage) return;
    let href: string | null = null;
    fetchBlob(voucher.url)
      .then((blob) => {
        href = URL.createObjectURL(blob);
        setSrc(href);
      })
      .catch(() => setSrc(null));
    return () => {
      if (href) URL.revokeObjectURL(href);
    };
  }, [voucher, isImage]);
  if (!voucher) return <Empty description={t('transfers.noVoucher')} />;
  if (!isImage) return <VoucherLink url={voucher.url} label={t('transfers.openPdf')} />;
  if (!src) return <Skeleton.Image active />;
  return (
    <Image
      src={src}
      alt={t('transfers.voucher')}
      style={{ maxWidth: '100%', maxHeight: 360, objectFit: 'contain' }}
      data-testid="voucher-image"
    />
  );
};
