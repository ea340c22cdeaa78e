import { formatFen } from '@pvis/config';
import { Alert, Card, Descriptions, Divider, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../beijing-time';
import { DecisionTag } from './DecisionTag';
import { RemittanceForm } from './RemittanceForm';
import type { OrderTransfer, SentRemittance } from './types';
import { VoucherLink } from './VoucherLink';

/**
 * 银行转账: where to pay (收款账户) and what to write in the remark (汇款识别码), both copyable;
 * then the remittance form while the payment machine allows `submitRemittance` (first time, or
 * after a rejection, with the reason shown), the state while finance checks it, and what was sent.
 */
export const TransferPanel = ({
  orderId,
  transfer,
  onChange,
}: {
  orderId: string;
  transfer: OrderTransfer;
  onChange: (transfer: OrderTransfer) => void;
}) => {
  const { t } = useTranslation();
  const status = transfer.payment?.paymentStatus;
  const canSubmit = transfer.allowedActions.includes('submitRemittance');
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="transfer-panel">
      {transfer.account && (
        <Card size="small" type="inner" title={t('transfers.account')}>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
            <Descriptions.Item label={t('transfers.accountName')}>
              <Typography.Text copyable data-testid="transfer-account-name">
                {transfer.account.name}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('transfers.accountBank')}>
              <Typography.Text copyable>{transfer.account.bank}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('transfers.accountNumber')}>
              <Typography.Text copyable={{ text: transfer.account.number.replace(/\s/g, '') }}>
                {transfer.account.number}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('transfers.amount')}>
              <Typography.Text strong>{formatFen(transfer.amountFen)}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('transfers.reference')}>
              <Typography.Text
                copyable
                strong
                style={{ fontSize: 18, letterSpacing: 1 }}
                data-testid="transfer-reference"
              >
                {transfer.reference}
              </Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Alert type="info" showIcon message={t('transfers.referenceHelp')} />
        </Card>
      )}
      {status === 'awaitingConfirmation' && (
        <Alert
          type="warning"
          showIcon
          message={t('transfers.decision.pending')}
          description={t('transfers.awaitingHelp')}
          data-testid="transfer-awaiting"
        />
      )}
      {status === 'rejected' && (
        <Alert
          type="error"
          showIcon
          message={t('transfers.decision.rejected')}
          description={`${t('transfers.rejectionReason')}：${transfer.payment?.rejectionReason ?? ''}`}
          data-testid="transfer-rejected"
        />
      )}
      {canSubmit && (
        <>
          <Divider orientation="left" plain>
            {status === 'rejected' ? t('transfers.resubmitTitle') : t('transfers.remittanceTitle')}
          </Divider>
          <RemittanceForm orderId={orderId} amountFen={transfer.amountFen} onSent={onChange} />
        </>
      )}
      {transfer.remittances.length > 0 && (
        <Table<SentRemittance>
          rowKey="documentId"
          size="small"
          pagination={false}
          scroll={{ x: 640 }}
          title={() => t('transfers.history')}
          dataSource={transfer.remittances}
          columns={[
            {
              title: t('transfers.submittedAt'),
              dataIndex: 'submittedAt',
              render: (at: string) => formatDateTime(at),
            },
            { title: t('transfers.payerName'), dataIndex: 'payerName' },
            { title: t('transfers.amountYuan'), dataIndex: 'amountFen', render: formatFen },
            { title: t('transfers.remittedOn'), dataIndex: 'remittedOn' },
            {
              title: t('transfers.status'),
              dataIndex: 'decision',
              render: (decision: string, row) => (
                <Space direction="vertical" size={0}>
                  <DecisionTag decision={decision} />
                  {row.rejectionReason && (
                    <Typography.Text type="secondary">{row.rejectionReason}</Typography.Text>
                  )}
                </Space>
              ),
            },
            {
              title: t('transfers.voucher'),
              dataIndex: 'voucherUrl',
              render: (url: string) => <VoucherLink url={url} />,
            },
          ]}
        />
      )}
    </Space>
  );
};
