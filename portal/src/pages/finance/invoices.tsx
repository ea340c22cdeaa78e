import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { InvoiceQueue } from '../../components/invoice/InvoiceQueue';
import { InvoiceRecord } from '../../components/invoice/InvoiceRecord';
import { RedLetterQueue } from '../../components/invoice/RedLetterQueue';

/** `/finance/invoices`: 开票, requests to issue first. */
export const FinanceInvoiceList = () => {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {t('menu.finance.invoices')}
      </Typography.Title>
      <InvoiceQueue basePath="/finance/invoices" />
    </>
  );
};

/** `/finance/invoices/:id`. */
export const FinanceInvoiceShow = () => <InvoiceRecord backPath="/finance/invoices" />;

/** `/finance/red-letter-confirmations`: 红字确认单 waiting for the buyer. */
export const FinanceRedLetterList = () => {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {t('menu.finance.redLetter')}
      </Typography.Title>
      <RedLetterQueue />
    </>
  );
};
