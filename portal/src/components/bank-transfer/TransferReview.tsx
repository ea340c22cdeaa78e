import { formatFen } from '@pvis/config';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Popconfirm,
  Row,
  Skeleton,
  Space,
  Typography,
} from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type ApiError, request } from '../../providers/http';
import { formatDateTime } from '../beijing-time';
import { BackLink } from '../layout/BackLink';
import { RejectReasonModal } from '../organization/RejectReasonModal';
import { DecisionTag } from './DecisionTag';
import type { QueuedTransfer } from './types';
import { VoucherPreview } from './VoucherPreview';

/**
 * One remittance for finance: order, organization, amount due against amount remitted (a
 * difference in red), payer, the voucher, and 确认到账 / 驳回 exactly as `allowedActions` says.
 */
export const TransferReview = () => {
  const { id } = useParams();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [record, setRecord] = useState<QueuedTransfer | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [rejectOpen, setRejectOpen] = useState(false);

  const load = useCallback(async () => {
    try {
      setRecord((await request<{ data: QueuedTransfer }>(`/api/remittances/${id}`)).data);
    } catch (e) {
      setFailure((e as ApiError).message);
    }
  }, [id]);
  useEffect(() => {
    void load();
  }, [load]);

  const decide = async (action: 'confirm' | 'reject', reason?: string) => {
    setBusy(true);
    try {
      const body = await request<{ data: QueuedTransfer }>(`/api/remittances/${id}/decision`, {
        method: 'POST',
        body: { data: { action, reason } },
      });
      setRecord(body.data);
      setRejectOpen(false);
      message.success(t(action === 'confirm' ? 'transfers.confirmed' : 'transfers.rejected'));
    } catch (e) {
      message.error((e as ApiError).message);
      await load();
    } finally {
      setBusy(false);
    }
  };

  const allowed = record?.allowedActions ?? [];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <BackLink to={'/finance/transfers'}>{t('transfers.backToList')}</BackLink>
      {failure && <Alert type="error" showIcon message={failure} />}
      {!record && !failure && <Skeleton active />}
      {record && (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={14}>
            <Card
              title={`${t('orders.orderNumber')} ${record.orderNumber}`}
              extra={<DecisionTag decision={record.decision} />}
            >
              {!record.amountMatches && (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginBottom: 16 }}
                  message={t('transfers.amountMismatchNotice', {
                    due: formatFen(record.orderAmountFen),
                    remitted: formatFen(record.amountFen),
                  })}
                  data-testid="amount-mismatch"
                />
              )}
              <Descriptions size="small" column={{ xs: 1, xl: 2 }} bordered>
                <Descriptions.Item label={t('transfers.organization')}>
                  {record.organizationName}
                </Descriptions.Item>
                <Descriptions.Item label={t('transfers.reference')}>
                  {record.transferReference}
                </Descriptions.Item>
                <Descriptions.Item label={t('transfers.orderAmount')}>
                  {formatFen(record.orderAmountFen)}
                </Descriptions.Item>
                <Descriptions.Item label={t('transfers.remitted')}>
                  <Typography.Text strong type={record.amountMatches ? undefined : 'danger'}>
                    {formatFen(record.amountFen)}
                  </Typography.Text>
                </Descriptions.Item>
                <Descriptions.Item label={t('transfers.payerName')}>
                  {record.payerName}
                </Descriptions.Item>
                <Descriptions.Item label={t('transfers.payerAccount')}>
                  {record.payerAccount}
                </Descriptions.Item>
                <Descriptions.Item label={t('transfers.payerBank')}>
                  {record.payerBank}
                </Descriptions.Item>
                <Descriptions.Item label={t('transfers.remittedOn')}>
                  {record.remittedOn}
                </Descriptions.Item>
                <Descriptions.Item label={t('transfers.submittedAt')}>
                  {formatDateTime(record.submittedAt)}
                </Descriptions.Item>
                {record.rejectionReason && (
                  <Descriptions.Item label={t('transfers.rejectionReason')}>
                    {record.rejectionReason}
                  </Descriptions.Item>
                )}
              </Descriptions>
              <Space style={{ marginTop: 16 }}>
                {allowed.includes('confirm') && (
                  <Popconfirm
                    title={t('transfers.confirmTitle')}
                    onConfirm={() => void decide('confirm')}
                    okButtonProps={{ 'data-testid': 'confirm-ok' } as never}
                  >
                    <Button type="primary" loading={busy} data-testid="transfer-confirm">
                      {t('transfers.confirm')}
                    </Button>
                  </Popconfirm>
                )}
                {allowed.includes('reject') && (
                  <Button danger onClick={() => setRejectOpen(true)} data-testid="transfer-reject">
                    {t('transfers.reject')}
                  </Button>
                )}
              </Space>
            </Card>
          </Col>
          <Col xs={24} lg={10}>
            <Card title={t('transfers.voucher')}>
              <VoucherPreview voucher={record.voucher ?? null} />
            </Card>
          </Col>
        </Row>
      )}
      <RejectReasonModal
        open={rejectOpen}
        onCancel={() => setRejectOpen(false)}
        onConfirm={(reason) => decide('reject', reason)}
      />
    </Space>
  );
};
