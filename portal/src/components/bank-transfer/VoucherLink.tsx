import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchBlob } from '../../providers/download';
import type { ApiError } from '../../providers/http';

/**
 * 查看凭证: the voucher is behind the caller's scope, so it is fetched with the JWT and opened as
 * a blob in a new tab (an image or a PDF the browser shows).
 */
export const VoucherLink = ({ url, label }: { url: string; label?: string }) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const open = async () => {
    const tab = window.open('', '_blank');
    try {
      const blob = await fetchBlob(url);
      const href = URL.createObjectURL(blob);
      if (tab) tab.location.href = href;
      else window.location.href = href;
    } catch (error) {
      tab?.close();
      message.error((error as ApiError).message);
    }
  };
  return (
    <Typography.Link onClick={() => void open()} data-testid="voucher-link">
      {label ?? t('transfers.viewVoucher')}
    </Typography.Link>
  );
};
