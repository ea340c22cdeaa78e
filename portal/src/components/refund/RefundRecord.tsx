import { formatFen, paymentMethods, type RefundAction, refundStatusLabels } from '@pvis/config';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Result, Skeleton, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { type ApiError, request } from '../../providers/http';
import { BackLink } from '../layout/BackLink';
import { labelOf } from '../organization/labels';
import { formatTime } from '../organization/OrganizationDescriptions';
import { historyKey, ReviewHistory } from '../organization/ReviewHistory';
import { BankRefundForm } from './BankRefundForm';
import { RefundStatusTag } from './RefundStatusTag';
import type { Refund } from './types';

/** Buttons for the transitions route; which show is the server's `allowedActions`. */
const GATEWAY_ACTIONS = ['submit', 'retry'] as const;

/**
 * One refund for finance: the person, order, payment method and amounts, the buttons the server
 * allows (提交退款, 重试), the bank refund form for a transfer, and the refund's history.
 */
export const RefundRecord = ({ backPath }: { backPath: string }) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { id = '' } = useParams();
  const { message } = App.useApp();
  const [refund, setRefund] = useState<Refund | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const queryClient = useQueryClient();

  const updated = useCallback(
    (next: Refund) => {
      setRefund(next);
      void queryClient.invalidateQueries({ queryKey: historyKey('refunds', id) });
    },
    [id, queryClient],
  );
  const load = useCallback(async () => {
    try {
      updated((await request<{ data: Refund }>(`/api/refunds/${id}`)).data);
    } catch (error) {
      setFailure((error as ApiError).message);
    }
  }, [id, updated]);
  useEffect(() => {
    void load();
  }, [load]);
  // A gateway that confirms by notification: read again until it has answered.
  const waiting = refund?.refundStatus === 'processing' && refund.paymentMethod !== 'bankTransfer';
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setInterval(() => void load(), 3000);
    return () => window.clearInterval(timer);
  }, [waiting, load]);

  const act = async (action: RefundAction) => {
    setBusy(true);
    try {
      const body = await request<{ data: Refund }>(`/api/refunds/${id}/transitions`, {
        method: 'POST',
        body: { data: { action } },
      });
      updated(body.data);
      message.success(labelOf(refundStatusLabels, body.data.refundStatus, lang));
    } catch (error) {
      const e = error as ApiError;
      message.error(e.errors ? Object.values(e.errors).join('；') : e.message);
      await load();
    } finally {
      setBusy(false);
    }
  };

  if (failure) return <Result status="404" title="404" subTitle={failure} />;
  if (!refund) return <Skeleton active />;
  const allowed = refund.allowedActions ?? [];
  const done = refund.refundStatus === 'succeeded';

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <BackLink to={backPath}>{t('refunds.backToList')}</BackLink>
      <Card>
        <Space wrap align="center" style={{ justifyContent: 'space-between', width: '100%' }}>
          <Space wrap align="center">
            <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
              {refund.personName}
            </Typography.Title>
            <RefundStatusTag status={refund.refundStatus} />
          </Space>
          <Space wrap data-testid="refund-actions">
            {GATEWAY_ACTIONS.filter((a) => allowed.includes(a)).map((action) => (
              <Button
                key={action}
                type="primary"
                loading={busy}
                data-testid={`action-${action}`}
                onClick={() => void act(action)}
              >
                {t(`refunds.actions.${action}`)}
              </Button>
            ))}
          </Space>
        </Space>
        {refund.failureReason && (
          <Alert
            type="error"
            showIcon
            style={{ marginTop: 12 }}
            message={t('refunds.failureReason')}
            description={refund.failureReason}
            data-testid="refund-failure"
          />
        )}
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          style={{ marginTop: 16 }}
          data-testid="refund-details"
        >
          <Descriptions.Item label={t('refunds.person')}>{refund.personName}</Descriptions.Item>
          <Descriptions.Item label={t('refunds.orderNumber')}>
            {refund.orderNumber}
          </Descriptions.Item>
          <Descriptions.Item label={t('refunds.paymentMethod')}>
            {labelOf(paymentMethods, refund.paymentMethod, lang)}
          </Descriptions.Item>
          <Descriptions.Item label={t('refunds.amount')}>
            {formatFen(refund.amountFen)}
          </Descriptions.Item>
          <Descriptions.Item label={t('refunds.refundNumber')}>
            {refund.refundNumber}
          </Descriptions.Item>
          <Descriptions.Item label={t('refunds.createdAt')}>
            {formatTime(refund.createdAt)}
          </Descriptions.Item>
          {done && (
            <>
              <Descriptions.Item label={t('refunds.refundedAmount')}>
                <span data-testid="refunded-amount">
                  {formatFen(refund.refundedAmountFen ?? 0)}
                </span>
              </Descriptions.Item>
              <Descriptions.Item label={t('refunds.exchangeRateDifference')}>
                {formatFen(refund.exchangeRateDifferenceFen ?? 0)}
              </Descriptions.Item>
              <Descriptions.Item label={t('refunds.channelReference')}>
                {refund.channelReference ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('refunds.refundedOn')}>
                {refund.refundedOn ?? '—'}
              </Descriptions.Item>
            </>
          )}
        </Descriptions>
      </Card>
      {allowed.includes('recordBankRefund') && <BankRefundForm refund={refund} onDone={updated} />}
      <Card size="small" title={t('refunds.history')}>
        <ReviewHistory
          recordId={refund.documentId}
          resource="refunds"
          stateLabel={(state) =>
            state === 'none' ? '—' : labelOf(refundStatusLabels, state, lang)
          }
        />
      </Card>
    </Space>
  );
};
