import { formatFen, paymentMethods, refundStatusLabels } from '@pvis/config';
import { type HttpError, useTable } from '@refinedev/core';
import { Card, Segmented, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton } from '../ExportButton';
import { listTableProps } from '../list-table';
import { labelOf } from '../organization/labels';
import { formatTime } from '../organization/OrganizationDescriptions';
import { RefundStatusTag } from './RefundStatusTag';
import type { Refund } from './types';

const ALL = 'all';

/**
 * 退款 (finance): every refund, newest first, filtered by status (待处理 / 处理中 / 成功 / 失败),
 * each row opening its record; the filtered list downloads as XLSX.
 */
export const RefundQueue = ({ basePath }: { basePath: string }) => {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [status, setStatus] = useState<string>(ALL);
  const table = useTable<Refund, HttpError>({
    resource: 'refunds',
    syncWithLocation: false,
    pagination: { pageSize: 20 },
    sorters: { initial: [{ field: 'createdAt', order: 'desc' }] },
  });
  const { setFilters, setCurrentPage } = table;
  const choose = (value: string) => {
    setStatus(value);
    setFilters(value === ALL ? [] : [{ field: 'refundStatus', operator: 'eq', value }], 'replace');
    setCurrentPage(1);
  };
  return (
    <Card size="small">
      <Space wrap style={{ justifyContent: 'space-between', width: '100%', marginBottom: 12 }}>
        <Segmented
          data-testid="refund-status-filter"
          value={status}
          onChange={(value) => choose(String(value))}
          options={[
            { value: ALL, label: t('refunds.all') },
            ...refundStatusLabels.map((s) => ({
              value: s.code,
              label: labelOf(refundStatusLabels, s.code, lang),
            })),
          ]}
        />
        <ExportButton
          url={`/api/refunds/export${status === ALL ? '' : `?refundStatus=${status}`}`}
          fileName={t('refunds.exportFileName')}
          testId="refund-export"
        />
      </Space>
      <Table<Refund>
        {...listTableProps(table, { showSizeChanger: true })}
        size="middle"
        scroll={{ x: 900 }}
        data-testid="refund-queue"
        columns={[
          {
            title: t('refunds.person'),
            dataIndex: 'personName',
            fixed: 'left',
            width: 120,
            render: (name: string, refund) => (
              <Link to={`${basePath}/${refund.documentId}`} data-testid="refund-row-link">
                {name}
              </Link>
            ),
          },
          {
            title: t('refunds.status'),
            dataIndex: 'refundStatus',
            width: 100,
            render: (value: string) => <RefundStatusTag status={value} />,
          },
          {
            title: t('refunds.amount'),
            dataIndex: 'amountFen',
            align: 'right',
            width: 110,
            render: (fen: number) => formatFen(fen),
          },
          {
            title: t('refunds.paymentMethod'),
            dataIndex: 'paymentMethod',
            width: 120,
            render: (code: string) => labelOf(paymentMethods, code, lang),
          },
          { title: t('refunds.orderNumber'), dataIndex: 'orderNumber', width: 230 },
          { title: t('refunds.refundNumber'), dataIndex: 'refundNumber', width: 230 },
          {
            title: t('refunds.createdAt'),
            dataIndex: 'createdAt',
            width: 170,
            render: (at: string) => formatTime(at),
          },
        ]}
      />
    </Card>
  );
};
