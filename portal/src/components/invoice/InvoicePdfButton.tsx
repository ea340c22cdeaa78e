import { FilePdfOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { downloadFile } from '../../providers/download';
import type { ApiError } from '../../providers/http';
import type { Invoice } from './types';

/** 下载发票: the issued invoice's PDF (GET /api/invoices/:id/pdf, with the JWT). */
export const InvoicePdfButton = ({
  invoice,
  size,
  primary,
}: {
  invoice: Pick<Invoice, 'documentId' | 'invoiceNumber'>;
  size?: 'small';
  primary?: boolean;
}) => {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const download = async () => {
    try {
      await downloadFile(
        `/api/invoices/${invoice.documentId}/pdf`,
        `invoice-${invoice.invoiceNumber}.pdf`,
      );
    } catch (error) {
      message.error((error as ApiError).message);
    }
  };
  return (
    <Button
      size={size}
      type={primary ? 'primary' : 'default'}
      icon={<FilePdfOutlined />}
      onClick={() => void download()}
      data-testid="invoice-download"
    >
      {t('invoices.download')}
    </Button>
  );
};
