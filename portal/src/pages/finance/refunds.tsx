import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RefundQueue } from '../../components/refund/RefundQueue';
import { RefundRecord } from '../../components/refund/RefundRecord';

/** `/finance/refunds`: 退款, the refunds of persons rejected in review. */
export const FinanceRefundList = () => {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="page-title">
        {t('menu.finance.refunds')}
      </Typography.Title>
      <RefundQueue basePath="/finance/refunds" />
    </>
  );
};

/** `/finance/refunds/:id`. */
export const FinanceRefundShow = () => <RefundRecord backPath="/finance/refunds" />;
