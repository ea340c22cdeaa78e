import { formatFen } from '@pvis/config';
import { Card, Table } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../providers/http';
import { RefundStatusTag } from './RefundStatusTag';
import type { Refund } from './types';

/**
 * 退款: the refunds of one order for the liaison (persons rejected in review get their fee
 * back); nothing is shown while the order has none.
 */
export const RefundList = ({ orderId }: { orderId: string }) => {
  const { t } = useTranslation();
  const [refunds, setRefunds] = useState<Refund[]>([]);
  useEffect(() => {
    const query = `filters[orderRef][$eq]=${encodeURIComponent(orderId)}&sort=id:asc`;
    request<{ data: Refund[] }>(`/api/refunds?${query}`)
      .then((body) => setRefunds(body.data))
      .catch(() => setRefunds([]));
  }, [orderId]);
  if (refunds.length === 0) return null;
  return (
    <Card size="small" title={t('refunds.ofOrder')} data-testid="order-refunds">
      <Table<Refund>
        rowKey="documentId"
        size="small"
        pagination={false}
        scroll={{ x: 600 }}
        dataSource={refunds}
        columns={[
          { title: t('refunds.person'), dataIndex: 'personName' },
          {
            title: t('refunds.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            render: (fen: number) => formatFen(fen),
          },
          {
            title: t('refunds.status'),
            dataIndex: 'refundStatus',
            render: (status: string) => <RefundStatusTag status={status} />,
          },
          {
            title: t('refunds.refundedAmount'),
            dataIndex: 'refundedAmountFen',
            align: 'right',
            render: (fen: number | null) => (fen == null ? '—' : formatFen(fen)),
          },
          {
            title: t('refunds.exchangeRateDifference'),
            dataIndex: 'exchangeRateDifferenceFen',
            align: 'right',
            render: (fen: number | null, refund) =>
              refund.refundStatus === 'succeeded' && fen ? formatFen(fen) : '—',
          },
          { title: t('refunds.refundedOn'), dataIndex: 'refundedOn', render: (d) => d ?? '—' },
        ]}
      />
    </Card>
  );
};
